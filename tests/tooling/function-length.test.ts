import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 15: no function in main/ over 120 lines. A longer one is a closure that has grown into a
// module (the backend once held ~30 handlers in one); split it into functions with one concern.
const LIMIT = 120;
const root = join(process.cwd(), 'main');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every function, arrow, method and accessor longer than `limit` lines, as `file:line (n lines)`. */
export function longFunctions(file: string, text: string, limit: number): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit) found.push(`${file}:${start + 1} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('function length in main/', () => {
  it('finds a long function (the measure itself works)', () => {
    const body = Array.from({ length: 5 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    expect(longFunctions('x.ts', `function f() {\n${body}\n}\n`, 6)).toEqual(['x.ts:1 (7 lines)']);
    expect(longFunctions('x.ts', `const g = () => {\n${body}\n};\n`, 7)).toEqual([]);
    expect(longFunctions('x.ts', `class C {\n  m() {\n${body}\n  }\n}\n`, 6)).toEqual([
      'x.ts:2 (7 lines)',
    ]);
  });

  it(`has no function, arrow or method over ${LIMIT} lines`, () => {
    const long = sources(root)
      .map((file) => relative(process.cwd(), file).split('\\').join('/'))
      .flatMap((file) => longFunctions(file, readFileSync(file, 'utf8'), LIMIT));
    expect(long).toEqual([]);
  });
});
