// The console's own font: Noto Sans SC cut down to the characters the console shows, made at build
// time from the full TTF in node_modules. Two files (400 and 700) replace the 412 @font-face
// slices of the full font on the first screen; those slices stay as a fallback that loads after it
// (renderer/src/fonts/), for a name typed later with a character outside this set.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

export const UI_FONT_WEIGHTS = [
  { weight: 400, ttf: '400Regular/NotoSansSC_400Regular.ttf' },
  { weight: 700, ttf: '700Bold/NotoSansSC_700Bold.ttf' },
] as const;

/** Where the cut fonts are kept between builds, keyed by what went into them. */
export function uiFontCacheDir(root: string): string {
  return join(root, 'node_modules', '.cache', 'yishiting-ui-font');
}

/**
 * GB 2312's level-1 hanzi: the 3,755 characters of everyday Chinese (一级常用汉字), the set most
 * names and titles typed in a meeting are written in. Derived from the encoding itself (rows
 * 0xB0–0xD7, 94 cells each, the last row ending at 0xD7F9), so no list has to be shipped.
 */
export function gb2312Level1(): string {
  const decoder = new TextDecoder('gb18030');
  let text = '';
  for (let row = 0xb0; row <= 0xd7; row += 1) {
    const last = row === 0xd7 ? 0xf9 : 0xfe;
    for (let cell = 0xa1; cell <= last; cell += 1) text += decoder.decode(Uint8Array.of(row, cell));
  }
  return text;
}

/**
 * The most common surnames, a few of which GB 2312's level 1 lacks (闫, 覃, 靳, 邸, 亓…): names
 * are most of what the chair types, so these come with the console's font too.
 */
export const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董潘袁蔡蒋余于杜叶程' +
  '魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾' +
  '龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄甘单丰祝岳齐温欧阳司上官诸葛靳邸亓仝禤琚隗';

function range(from: number, to: number): string {
  let text = '';
  for (let code = from; code <= to; code += 1) text += String.fromCodePoint(code);
  return text;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Every character the console can show without a typed name: the catalogues of all three
 * languages and any other text in the sources (preset names, legal sources, symbols), the demo
 * meetings, Latin and CJK punctuation, and for names typed later GB 2312's level-1 hanzi and the
 * common surnames.
 */
export function uiFontText(root: string): string {
  const sources = [
    ...filesUnder(join(root, 'shared'), /\.ts$/),
    ...filesUnder(join(root, 'renderer', 'src'), /\.tsx?$/),
    ...filesUnder(join(root, 'seeds'), /\.json$/),
  ];
  const fixed = [
    range(0x20, 0x7e), // ASCII
    range(0xa0, 0xff), // Latin-1: ×, ·, «», accented names
    range(0x2010, 0x2027), // dashes, quotes, ellipsis
    range(0x3000, 0x303f), // CJK punctuation: 、。「」『』【】〔〕
    range(0xff01, 0xff5e), // full-width forms: ，：；！？（）
    gb2312Level1(),
    COMMON_SURNAMES,
  ];
  const seen = new Set<string>();
  for (const text of [...fixed, ...sources.map((file) => readFileSync(file, 'utf8'))]) {
    for (const char of text) if (char >= ' ') seen.add(char);
  }
  return [...seen].sort().join('');
}

/**
 * Cuts the UI font (both weights) into `uiFontCacheDir`, unless the files there were cut from the
 * same characters and the same TTFs. Writes through a temporary name, since two builds may run at
 * once (e2e and a bench).
 */
export async function buildUiFonts(root: string): Promise<string> {
  const dir = uiFontCacheDir(root);
  const text = uiFontText(root);
  const fontsDir = join(root, 'node_modules', '@expo-google-fonts', 'noto-sans-sc');
  const version = (
    JSON.parse(readFileSync(join(fontsDir, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const key = createHash('sha256').update(`${version}\n${text}`).digest('hex');
  const keyFile = join(dir, 'key');
  const complete = UI_FONT_WEIGHTS.every(({ weight }) =>
    existsSync(join(dir, `ui-${weight}.woff2`)),
  );
  if (complete && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return dir;
  mkdirSync(dir, { recursive: true });
  for (const { weight, ttf } of UI_FONT_WEIGHTS) {
    const font = await subsetFont(readFileSync(join(fontsDir, ttf)), text, {
      targetFormat: 'woff2',
    });
    const temporary = join(dir, `ui-${weight}.${process.pid}.tmp`);
    writeFileSync(temporary, font);
    renameSync(temporary, join(dir, `ui-${weight}.woff2`));
  }
  writeFileSync(keyFile, key);
  return dir;
}
