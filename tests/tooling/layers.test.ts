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
    ).toContain('no-restricted-imports');
  });

  it('forbids electron and react in shared/', async () => {
    expect(
      await ruleIds(
        "import { app } from 'electron';\nexport const x = app;\n",
        'shared/api/leak.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        "import { useState } from 'react';\nexport const x = useState;\n",
        'shared/leak.ts',
      ),
    ).toContain('no-restricted-imports');
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
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        "import { connect } from '../../renderer/src/api/connect';\nexport const x = connect;\n",
        'main/backend/leak.ts',
      ),
    ).toContain('no-restricted-imports');
  });

  it('forbids Node APIs in the renderer', async () => {
    expect(
      await ruleIds(
        "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n",
        'renderer/src/leak.ts',
      ),
    ).toContain('no-restricted-imports');
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
    ).toContain('no-restricted-imports');
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
