import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources, type Locale, type Messages } from '../../shared/i18n';
import { rendererBuild, type RendererBuild } from './renderer-build';

/**
 * The core's own text outside the catalogues: preset names and legal sources carry all three
 * languages as data (LocalizedText), so those words rightly come with the first screen.
 */
const coreText = readdirSync(join(process.cwd(), 'shared'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.startsWith('i18n'))
  .map((file) => readFileSync(join(process.cwd(), 'shared', file), 'utf8'))
  .join('\n');

function leaves(messages: Messages): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'string' ? [value] : leaves(value),
  );
}

/**
 * Phrases of one locale that no other locale has word for word: Chinese of five characters or
 * more, English of three words or more (a single English word may also be a name in the code).
 */
function onlyIn(locale: Locale): string[] {
  const others = new Set(
    Object.entries(resources)
      .filter(([other]) => other !== locale)
      .flatMap(([, catalogue]) => Object.values(catalogue).flatMap(leaves)),
  );
  return Object.values(resources[locale])
    .flatMap(leaves)
    .filter((text) => !text.includes('{{') && !others.has(text) && !coreText.includes(text))
    .filter((text) => (/[\u4e00-\u9fff]/.test(text) ? text.length >= 5 : /\S+ \S+ \S/.test(text)));
}

// The console starts in zh-CN; zh-TW and en are fetched when chosen (renderer/src/i18n.ts), so
// their words must not be in what index.html loads, and each must be a chunk of its own.
describe('the console build', () => {
  let build: RendererBuild;
  beforeAll(() => {
    build = rendererBuild();
  }, 600_000);

  it('loads zh-CN with the first screen', () => {
    const first = build.firstScreen.map((asset) => build.read(asset)).join('\n');
    const zhCN = onlyIn('zh-CN');
    expect(zhCN.length).toBeGreaterThan(50);
    expect(zhCN.filter((text) => !first.includes(text))).toEqual([]);
  });

  for (const locale of ['zh-TW', 'en'] as const) {
    it(`keeps ${locale} out of the first screen, in a chunk of its own`, () => {
      const words = onlyIn(locale);
      expect(words.length).toBeGreaterThan(50);
      for (const asset of build.firstScreen) {
        const text = build.read(asset);
        expect(
          words.filter((word) => text.includes(word)),
          `${asset} holds ${locale} words`,
        ).toEqual([]);
      }
      // The chunk import('../../shared/i18n/<locale>') resolves to, named after the folder.
      const chunk = build.assets.find(
        (asset) => asset.startsWith(`${locale}-`) && asset.endsWith('.js'),
      );
      expect(chunk, `a ${locale}-*.js chunk`).toBeDefined();
      const other = locale === 'en' ? 'zh-TW' : 'en';
      const chunkAndItsImports = [chunk ?? '', ...importsOf(build, chunk ?? '')]
        .map((asset) => build.read(asset))
        .join('\n');
      expect(words.filter((word) => !chunkAndItsImports.includes(word))).toEqual([]);
      expect(onlyIn(other).filter((word) => chunkAndItsImports.includes(word))).toEqual([]);
    });
  }
});

/** The chunks a chunk imports statically (`from "./x.js"`), transitively, without the runtime. */
function importsOf(build: RendererBuild, asset: string, seen = new Set<string>()): string[] {
  for (const match of build.read(asset).matchAll(/from\s*"\.\/([^"]+\.js)"/g)) {
    const name = match[1] ?? '';
    if (seen.has(name) || build.firstScreen.includes(name)) continue;
    seen.add(name);
    importsOf(build, name, seen);
  }
  return [...seen];
}
