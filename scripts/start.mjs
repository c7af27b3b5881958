#!/usr/bin/env node
// `npm start`: build, then open the desktop app. `npm install` never downloads the Electron program
// (package.json's allowScripts turns its postinstall off, so the install works offline); the first
// start runs Electron's own installer, which honours ELECTRON_MIRROR. If that cannot download
// either, say so in one paragraph and serve the browser version instead, so the meeting can run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-needed'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

/** Path of the Electron binary, or null when the package or its download is missing. */
function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { packageDir, binary: null };
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return { packageDir, binary: existsSync(binary) ? binary : null };
}

let electron = electronBinary();
if (electron && !electron.binary && process.env.YISHITING_NO_ELECTRON_INSTALL !== '1') {
  console.log('The Electron program is not downloaded yet; trying to download it now…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  spawnSync(process.execPath, [join(electron.packageDir, 'install.js')], {
    stdio: 'ignore',
    env,
    timeout: 120_000,
  });
  electron = electronBinary();
}

if (electron?.binary) {
  const child = spawn(electron.binary, [root, ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      '',
      '议事厅 could not open as a desktop app: the Electron program is not installed (`npm start`',
      'downloads it the first time and could not fetch it here). To get the desktop app, run `npm start`',
      'again with internet access; where the download is slow or blocked, set ELECTRON_MIRROR to a mirror',
      '(see the README).',
      'Meanwhile the browser version is starting: open the chair console URL below in a browser on this',
      'computer and the projector URL in a second window. 桌面程序未安装，已改为启动浏览器版本。',
      '',
    ].join('\n'),
  );
  const child = spawn(
    process.execPath,
    [join(root, 'dist', 'main', 'cli.mjs'), 'serve', ...passThrough],
    {
      stdio: 'inherit',
    },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
