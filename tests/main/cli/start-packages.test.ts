import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServeProcess } from '../server/serve-process';
import { builtCli } from './built-cli';

// The CLI and the server start without reading the packages only a PDF, a certificate, the hub's
// database, a QR code or a spreadsheet download needs (main/lazy-package.ts): each of them took
// tens to hundreds of milliseconds at every start, 0.5 s in all before anything happened.
const LATER = ['pdfkit', 'fontkit', 'pg', 'node-forge', 'qrcode', '@node-rs/argon2'];
const ES_ONLY_LATER = ['write-excel-file'];

const { work } = builtCli('yishiting-start-packages-');

// Preloaded into the process: at exit it prints the packages whose CommonJS files were read.
const SPY = `process.on('exit', () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const found = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(file);
    if (found) names.add(found[1]);
  }
  process.stderr.write('LOADED ' + JSON.stringify([...names]) + '\\n');
});`;

function loadedOf(stderr: string): string[] {
  const line = /^LOADED (.*)$/m.exec(stderr)?.[1];
  if (line === undefined) throw new Error(`no list of packages in:\n${stderr}`);
  return JSON.parse(line) as string[];
}

function spyFile(): string {
  const file = join(work, 'spy.cjs');
  writeFileSync(file, SPY);
  return file;
}

describe('what a start reads', () => {
  it('--help reads none of the packages kept for later', () => {
    const spy = spyFile();
    const help = spawnSync(process.execPath, ['--require', spy, 'dist/main/cli.mjs', '--help'], {
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    const loaded = loadedOf(help.stderr);
    // The spy sees packages read at start (the check would pass for nothing otherwise).
    expect(loaded).toContain('commander');
    for (const name of LATER) expect(loaded).not.toContain(name);
  });

  it('a started server has read none of them until a document or a QR code is asked for', async () => {
    const server = await startServeProcess([], ['--require', spyFile()]);
    await server.stop();
    const loaded = loadedOf(server.output());
    expect(loaded).toContain('ws');
    for (const name of LATER) expect(loaded).not.toContain(name);
  });

  it('the bundles import the ES-only packages kept for later only where they are used', () => {
    for (const bundle of ['dist/main/cli.mjs', 'dist/main/electron.mjs']) {
      const text = readFileSync(bundle, 'utf8');
      const imported = [...text.matchAll(/^import\s[^;]*?from\s*"([^"]+)"/gm)].map(
        (match) => match[1],
      );
      expect(imported, bundle).toContain('ws');
      for (const name of [...LATER, ...ES_ONLY_LATER])
        expect(
          imported.filter((id) => id === name || id?.startsWith(`${name}/`)),
          bundle,
        ).toEqual([]);
    }
  });
});
