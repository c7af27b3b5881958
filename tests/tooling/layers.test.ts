import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architecture is enforced by lint: these fixtures break each layer rule on purpose and the
// test proves `npm run lint` would fail on them.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layer rules', () => {
  it('forbids node:fs in shared/', async () => {
    expect(
      await ruleIds(
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
        'shared/domain/leak.ts',
      ),
    ).toContain('layers/imports');
  });

  it('forbids electron and react in shared/', async () => {
    expect(
      await ruleIds(
        "import { app } from 'electron';\nexport const x = app;\n",
        'shared/api/leak.ts',
      ),
    ).toContain('layers/imports');
    expect(
      await ruleIds(
        "import { useState } from 'react';\nexport const x = useState;\n",
        'shared/leak.ts',
      ),
    ).toContain('layers/imports');
  });

  it('forbids DOM globals in shared/', async () => {
    expect(
      await ruleIds('export const x = () => document.title;\n', 'shared/domain/leak.ts'),
    ).toContain('no-restricted-globals');
  });

  it('forbids a clock and randomness in the domain core', async () => {
    expect(
      await ruleIds('export const now = () => Date.now();\n', 'shared/domain/leak.ts'),
    ).toContain('no-restricted-properties');
    expect(
      await ruleIds('export const id = () => Math.random();\n', 'shared/domain/leak.ts'),
    ).toContain('no-restricted-properties');
    expect(
      await ruleIds('export const now = () => new Date();\n', 'shared/domain/leak.ts'),
    ).toContain('no-restricted-syntax');
  });

  it('forbids main/ and renderer/ importing each other', async () => {
    expect(
      await ruleIds(
        "import { serve } from '../../main/cli/serve';\nexport const x = serve;\n",
        'renderer/src/leak.ts',
      ),
    ).toContain('layers/imports');
    expect(
      await ruleIds(
        "import { connect } from '../../renderer/src/api/connect';\nexport const x = connect;\n",
        'main/backend/leak.ts',
      ),
    ).toContain('layers/imports');
  });

  it('forbids Node APIs in the renderer', async () => {
    expect(
      await ruleIds(
        "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n",
        'renderer/src/leak.ts',
      ),
    ).toContain('layers/imports');
  });

  it('accepts clean code in each layer', async () => {
    expect(
      await ruleIds(
        "import { z } from 'zod';\nexport const s = z.string();\n",
        'shared/domain/clean.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n",
        'main/clean.ts',
      ),
    ).toEqual([]);
  });
});

describe('layer rules match module names exactly', () => {
  it('forbids a bare built-in name but allows a relative folder of the same name', async () => {
    expect(
      await ruleIds(
        "import { readFile } from 'fs';\nexport const x = readFile;\n",
        'shared/domain/leak.ts',
      ),
    ).toContain('layers/imports');
    expect(
      await ruleIds(
        "import { x } from '../events';\nexport const y = x;\n",
        'shared/domain/apply/clean.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds("import { x } from './util';\nexport const y = x;\n", 'renderer/src/clean.ts'),
    ).toEqual([]);
  });
});

// Cases that passed lint while the rules were lists of forbidden names (issue: layers the lint
// really holds). Each is planted where it would do harm and must be refused.
describe('layer rules are allowlists over every way of naming a module or a global', () => {
  const refused = async (code: string, file: string) => {
    const ids = await ruleIds(code, file);
    expect(ids.length, `${file}: ${code}`).toBeGreaterThan(0);
    return ids;
  };

  it('refuses every Node built-in in shared/, not only a listed few', async () => {
    expect(
      await refused("import zlib from 'zlib';\nexport const x = zlib;\n", 'shared/leak.ts'),
    ).toContain('layers/imports');
    await refused(
      "import { Worker } from 'node:worker_threads';\nexport const x = Worker;\n",
      'shared/api/leak.ts',
    );
    await refused("export { inflateSync } from 'zlib';\n", 'shared/domain/leak.ts');
    await refused("export * from 'dns';\n", 'shared/domain/leak.ts');
  });

  it('refuses dynamic import(), require and import types of forbidden modules in shared/', async () => {
    expect(
      await refused("export const load = () => import('node:fs');\n", 'shared/domain/leak.ts'),
    ).toContain('layers/imports');
    await refused('export const load = (name: string) => import(name);\n', 'shared/domain/leak.ts');
    await refused("export const fs = require('fs');\n", 'shared/documents/leak.ts');
    await refused("export type Fs = typeof import('node:fs');\n", 'shared/leak.ts');
  });

  it('refuses packages shared/ does not list, and relative paths out of shared/', async () => {
    await refused(
      "import { WebSocket } from 'ws';\nexport const x = WebSocket;\n",
      'shared/leak.ts',
    );
    await refused(
      "import { serve } from '../../main/cli/serve';\nexport const x = serve;\n",
      'shared/domain/leak.ts',
    );
  });

  it('keeps all of shared/ free of a clock and randomness', async () => {
    expect(
      await refused('export const now = () => Date.now();\n', 'shared/documents/leak.ts'),
    ).toContain('no-restricted-properties');
    expect(
      await refused('export const r = () => Math.random();\n', 'shared/documents/leak.ts'),
    ).toContain('no-restricted-properties');
    await refused('export const now = () => new Date();\n', 'shared/i18n/leak.ts');
  });

  it('refuses globalThis.process and host globals in shared/', async () => {
    await refused('export const env = () => globalThis.process;\n', 'shared/leak.ts');
    await refused('export const b = () => setImmediate;\n', 'shared/domain/leak.ts');
    await refused('export const f = () => structuredClone;\n', 'shared/domain/leak.ts');
  });

  it('refuses Buffer and process in the renderer, bare or through globalThis', async () => {
    expect(
      await refused("export const b = () => Buffer.from('x');\n", 'renderer/src/leak.ts'),
    ).toContain('no-restricted-globals');
    expect(
      await refused('export const env = () => process.env.HOME;\n', 'renderer/src/leak.ts'),
    ).toContain('no-restricted-globals');
    expect(
      await refused('export const env = () => globalThis.process;\n', 'renderer/src/leak.ts'),
    ).toContain('no-restricted-properties');
    await refused("export const load = () => import('zlib');\n", 'renderer/src/leak.ts');
  });

  it('refuses Node modules in a sandboxed preload, and allows electron there', async () => {
    expect(
      await refused(
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
        'main/electron/preload-chair.ts',
      ),
    ).toContain('layers/imports');
    await refused(
      "import got from 'got';\nexport const x = got;\n",
      'main/electron/preload-chair.ts',
    );
    expect(
      await ruleIds(
        "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n",
        'main/electron/preload-chair.ts',
      ),
    ).toEqual([]);
  });

  it('still accepts what each layer really uses', async () => {
    expect(
      await ruleIds(
        "import { create } from 'zustand';\nimport { x } from '../../shared/api';\nexport const y = [create, x];\n",
        'renderer/src/clean.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { gzipSync } from 'node:zlib';\nimport { x } from '../../shared/api';\nexport const y = [gzipSync, x];\n",
        'main/storage/clean.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        'export const decode = (b: Uint8Array) => new TextDecoder().decode(b);\n',
        'shared/text/clean.ts',
      ),
    ).toEqual([]);
  });
});
