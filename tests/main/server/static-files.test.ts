import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatic } from '../../../main/server/static-files';

let root = '';
beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'yishiting-static-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app-abc.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.json'), '{"meeting":"private"}');
});

describe('static files of the renderer', () => {
  it('serves index.html for each app route', async () => {
    for (const path of ['/', '/projector', '/lan', '/projector/']) {
      expect((await loadStatic(root, path))?.type).toBe('text/html; charset=utf-8');
    }
  });

  it('serves hashed assets as immutable', async () => {
    const file = await loadStatic(root, '/assets/app-abc.js');
    expect(file?.immutable).toBe(true);
    expect(file?.type).toContain('javascript');
  });

  it.each([
    '/../secret.json',
    '/%2e%2e/secret.json',
    '/assets/../../secret.json',
    '/..%2fsecret.json',
    '/%00',
    '/%E0%A4%A',
  ])('never leaves the renderer folder: %s', async (path) => {
    expect(await loadStatic(root, path)).toBeNull();
  });

  it('answers null for a missing file', async () => {
    expect(await loadStatic(root, '/nope.js')).toBeNull();
  });
});
