import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The renderer runs in a sandboxed page. If any type package drags @types/node into the web
// program, `Buffer` and `process` type-check there and fail only at run time in the window.
describe('the web program', () => {
  it('compiles without any Node type definitions', () => {
    const tsc = join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
    const files = execFileSync(
      process.execPath,
      [tsc, '-p', 'tsconfig.web.json', '--listFilesOnly'],
      {
        encoding: 'utf8',
      },
    )
      .split('\n')
      .filter(Boolean);
    expect(files.some((file) => file.includes('/renderer/src/'))).toBe(true);
    expect(
      files.filter((file) => /node_modules\/(@types\/node|undici-types)\//.test(file)),
    ).toEqual([]);
  });
});
