import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources, type Messages } from '../../shared/i18n';
import { rendererBuild, type RendererBuild } from './renderer-build';

function leaves(messages: Messages): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'string' ? [value] : leaves(value),
  );
}

/** Every string value of a demo meeting (titles, names, motions). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const seedsDir = join(process.cwd(), 'seeds');
const shown = [
  ...Object.values(resources).flatMap((catalogue) => Object.values(catalogue).flatMap(leaves)),
  ...readdirSync(seedsDir)
    .filter((file) => file.endsWith('.json') && !file.includes('schema'))
    .flatMap((file) => strings(JSON.parse(readFileSync(join(seedsDir, file), 'utf8')))),
];
/** Characters a font draws (not spaces, controls or the marks i18next and layout add). */
const characters = [...new Set(shown.join(''))].filter((char) => /[^\s\p{C}]/u.test(char));

// The console's first screen draws with a font cut to its own characters (scripts/ui-font.ts)
// instead of the full Noto Sans slices: the cut must hold every character the catalogues and the
// demo meetings show, or the first screen would fall back (or show tofu) on a machine without CJK
// fonts; the full slices must still be there for names typed later.
describe('the console font', () => {
  let build: RendererBuild;
  let fonts: ReadonlyMap<string, Font>;
  beforeAll(() => {
    build = rendererBuild();
    const preloaded = [
      ...build.html.matchAll(/<link rel="preload" href="\/assets\/([^"]+\.woff2)" as="font"/g),
    ].map((match) => match[1] ?? '');
    fonts = new Map(preloaded.map((asset) => [asset, create(build.bytes(asset))]));
  }, 600_000);

  it('is preloaded by index.html in two weights and declared by two rules', () => {
    expect([...fonts.keys()].map((asset) => asset.replace(/-[\w-]{8}\.woff2$/, ''))).toEqual([
      'ui-400',
      'ui-700',
    ]);
    const css = build.firstScreen.filter((asset) => asset.endsWith('.css'));
    const rules = css.flatMap((asset) => build.read(asset).match(/@font-face\s*\{[^}]*\}/g) ?? []);
    expect(rules).toHaveLength(2);
    for (const rule of rules) {
      expect(rule).toContain('Yishiting UI');
      expect(rule).not.toContain('unicode-range');
    }
  });

  it('has a glyph for every character of the catalogues and the demo meetings, in both weights', () => {
    expect(characters.length).toBeGreaterThan(1_000);
    expect(fonts.size).toBe(2);
    for (const [asset, font] of fonts) {
      const missing = characters.filter(
        (char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
      );
      expect(missing, asset).toEqual([]);
    }
  });

  it('has the common hanzi a typed name is written in', () => {
    expect(fonts.size).toBe(2);
    for (const [asset, font] of fonts) {
      const missing = [
        ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文靳',
      ].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
      expect(missing, asset).toEqual([]);
    }
  });

  it('keeps the full Noto Sans SC and TC slices as a stylesheet loaded after the first screen', () => {
    const later = build.assets.filter(
      (asset) => asset.endsWith('.css') && !build.firstScreen.includes(asset),
    );
    const css = later.map((asset) => build.read(asset)).join('\n');
    for (const family of ['Noto Sans SC', 'Noto Sans TC']) {
      const slices = css.match(new RegExp(`font-family:\\s*'?${family}'?[^}]*unicode-range`, 'g'));
      expect(slices?.length ?? 0, family).toBeGreaterThan(100);
    }
  });
});
