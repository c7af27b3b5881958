import os from 'node:os';
import path from 'node:path';

/** The app name Electron uses for `app.getPath('userData')`; plain Node must agree with it. */
export const APP_NAME = 'yishiting';

/** Environment variable that overrides the data folder (below the --data flag). */
export const DATA_DIR_ENV = 'YISHITING_DATA';

type Platform = { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; home?: string };

/**
 * The per-user folder Electron's `app.getPath('userData')` gives for this app, computed without
 * importing electron, so `npm run serve` and the desktop app share one data folder:
 * Linux `$XDG_CONFIG_HOME/yishiting` or `~/.config/yishiting`, macOS
 * `~/Library/Application Support/yishiting`, Windows `%APPDATA%\yishiting`.
 */
export function defaultDataDir({
  platform = process.platform,
  env = process.env,
  home = os.homedir(),
}: Platform = {}): string {
  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_NAME);
  }
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  const config =
    env.XDG_CONFIG_HOME && path.posix.isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : path.posix.join(home, '.config');
  return path.posix.join(config, APP_NAME);
}

/**
 * Where the data lives: the `--data DIR` flag wins, then $YISHITING_DATA, then the per-user
 * default. Relative paths are resolved against the working directory.
 */
export function resolveDataDir({
  flag,
  env = process.env[DATA_DIR_ENV],
  platform,
}: { flag?: string; env?: string; platform?: Platform } = {}): string {
  const chosen = flag?.trim() || env?.trim();
  return chosen ? path.resolve(chosen) : defaultDataDir(platform);
}
