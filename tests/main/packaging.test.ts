import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// electron-builder cannot download Electron here. Packing against a stand-in runtime folder still
// proves electron-builder.yml is valid and that app.asar and the resources hold the right files.
// It proves nothing about the packaged app starting: that needs the real Electron program.
const work = mkdtempSync(join(tmpdir(), 'yishiting-pack-'));
let unpacked = '';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
    stdio: 'inherit',
  });
  const runtime = join(work, 'electron-runtime');
  mkdirSync(runtime, { recursive: true });
  writeFileSync(join(runtime, 'electron'), '#!/bin/sh\necho "stand-in for the Electron program"\n');
  chmodSync(join(runtime, 'electron'), 0o755);
  writeFileSync(join(runtime, 'LICENSE'), 'stand-in');
  writeFileSync(join(runtime, 'LICENSES.chromium.html'), 'stand-in');
  execFileSync(
    join('node_modules', '.bin', 'electron-builder'),
    [
      '--linux',
      'dir',
      `-c.electronDist=${runtime}`,
      `-c.directories.output=${join(work, 'release')}`,
      '--publish',
      'never',
    ],
    { stdio: 'pipe', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', CI: 'true' } },
  );
  const release = join(work, 'release');
  const folder = readdirSync(release).find((name) => name.endsWith('-unpacked'));
  unpacked = folder ? join(release, folder) : '';
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packaging with electron-builder (stand-in runtime)', () => {
  it('names the executable yishiting', () => {
    expect(existsSync(join(unpacked, 'yishiting'))).toBe(true);
  });

  it('packs main, preloads, renderer and package.json into app.asar, without source maps', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map(
      (file) => file.replaceAll('\\', '/'),
    );
    for (const expected of [
      '/package.json',
      '/dist/main/electron.mjs',
      '/dist/main/cli.mjs',
      '/dist/preload/chair.cjs',
      '/dist/preload/projector.cjs',
      '/dist/renderer/index.html',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.some((file) => file.endsWith('.map'))).toBe(false);
    expect(files.some((file) => file.startsWith('/main/') || file.startsWith('/tests/'))).toBe(
      false,
    );
    const manifest = JSON.parse(
      extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString(),
    ) as {
      main: string;
    };
    expect(manifest.main).toBe('dist/main/electron.mjs');
  });

  it('ships the six PDF font files and their licence as resources, not the whole font packages', () => {
    const fonts = readdirSync(join(unpacked, 'resources', 'fonts')).sort();
    expect(fonts).toEqual([
      'LICENSE-noto-fonts.txt',
      'NotoSansSC_400Regular.ttf',
      'NotoSansSC_700Bold.ttf',
      'NotoSansTC_400Regular.ttf',
      'NotoSansTC_700Bold.ttf',
      'NotoSerifSC_400Regular.ttf',
      'NotoSerifSC_700Bold.ttf',
    ]);
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
    expect(files.some((file) => file.includes('@expo-google-fonts'))).toBe(false);
    expect(files.some((file) => file.includes('/node_modules/react-dom/'))).toBe(false);
  });

  it('ships the demo meetings as resources', () => {
    const seeds = readdirSync(join(unpacked, 'resources', 'seeds'));
    expect(
      seeds.filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json')).length,
    ).toBeGreaterThanOrEqual(3);
  });
});
