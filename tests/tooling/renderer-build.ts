import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const RENDERER_DIR = join(process.cwd(), 'dist', 'renderer');

export type RendererBuild = Readonly<{
  html: string;
  /** Every file under assets/, by name. */
  assets: readonly string[];
  /** The scripts and stylesheets index.html loads before anything runs: the first screen. */
  firstScreen: readonly string[];
  read(asset: string): string;
  bytes(asset: string): Buffer;
}>;

/** Builds the app unless it is up to date (as the e2e suite does) and reads dist/renderer. */
export function rendererBuild(): RendererBuild {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
    stdio: 'inherit',
  });
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const firstScreen = [
    ...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g),
  ].map((match) => match[1] ?? '');
  const bytes = (asset: string) => readFileSync(join(RENDERER_DIR, 'assets', asset));
  return {
    html,
    assets: readdirSync(join(RENDERER_DIR, 'assets')),
    firstScreen,
    read: (asset) => bytes(asset).toString('utf8'),
    bytes,
  };
}
