import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Font, Glyph } from 'fontkit';
import { fontkit } from '../lazy-package';
import { appPaths } from '../paths';

// Fonts come from npm packages (OFL), never from the system: a document must look the same and
// extract the same text on every machine. When packaged, the build copies the TrueType files to
// resources/fonts/ (electron-builder extraResources), because pdfkit cannot read inside app.asar
// reliably and the files are large; during development they are read from node_modules.

/** The three faces shipped: Song-style serif (Simplified), and sans for Simplified and Traditional. */
export type FontFace = 'serifSC' | 'sansSC' | 'sansTC';
export type FontWeight = 'regular' | 'bold';
/** A face and weight, used as pdfkit's font name too: 'serifSC-bold'. */
export type FontKey = `${FontFace}-${FontWeight}`;

const PACKAGES: Readonly<Record<FontFace, { pkg: string; prefix: string }>> = {
  serifSC: { pkg: '@expo-google-fonts/noto-serif-sc', prefix: 'NotoSerifSC' },
  sansSC: { pkg: '@expo-google-fonts/noto-sans-sc', prefix: 'NotoSansSC' },
  sansTC: { pkg: '@expo-google-fonts/noto-sans-tc', prefix: 'NotoSansTC' },
};

const WEIGHT_DIRS: Readonly<Record<FontWeight, string>> = {
  regular: '400Regular',
  bold: '700Bold',
};

/** The file name of one font, e.g. NotoSansSC_700Bold.ttf (also its name under resources/fonts). */
export function fontFileName(face: FontFace, weight: FontWeight): string {
  return `${PACKAGES[face].prefix}_${WEIGHT_DIRS[weight]}.ttf`;
}

/** Every font file the app ships, as package-relative paths, for the build's copy step. */
export function shippedFontFiles(): readonly { pkg: string; path: string; name: string }[] {
  const out: { pkg: string; path: string; name: string }[] = [];
  for (const face of Object.keys(PACKAGES) as FontFace[]) {
    for (const weight of Object.keys(WEIGHT_DIRS) as FontWeight[]) {
      const name = fontFileName(face, weight);
      out.push({ pkg: PACKAGES[face].pkg, path: `${WEIGHT_DIRS[weight]}/${name}`, name });
    }
  }
  return out;
}

/**
 * Finds a font file: $YISHITING_FONTS_DIR, then resources/fonts when packaged, then the package in
 * the app's node_modules. Throws with the places searched, so a broken package says what is missing.
 */
export function locateFont(face: FontFace, weight: FontWeight): string {
  const name = fontFileName(face, weight);
  const candidates: string[] = [];
  const override = process.env.YISHITING_FONTS_DIR;
  if (override) candidates.push(join(override, name));
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(join(resources, 'fonts', name));
  const { pkg } = PACKAGES[face];
  try {
    candidates.push(join(appPaths().root, 'node_modules', pkg, WEIGHT_DIRS[weight], name));
  } catch {
    // No app folder (an unusual embedding): the working directory is the last resort.
  }
  candidates.push(join(process.cwd(), 'node_modules', pkg, WEIGHT_DIRS[weight], name));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`yishiting: font ${name} not found in: ${candidates.join(', ')}`);
  return found;
}

const loaded = new Map<FontKey, Font>();

/**
 * One glyph per character, advanced by its width: no OpenType shaping. Chinese needs none (the
 * face already matches the locale, so 'locl' changes nothing), and fontkit's shaper running every
 * GSUB/GPOS lookup of a 30,000-glyph CJK font on each line was most of the layout time. It also
 * makes drawn widths equal measured widths exactly (no kerning), so lines fit as measured.
 * Latin text loses kerning and ligatures, which a Chinese document can spare.
 */
function unshapedLayout(this: Font, text: string): { glyphs: Glyph[]; positions: object[] } {
  const glyphs: Glyph[] = [];
  const positions: object[] = [];
  for (const char of text) {
    const glyph = this.glyphForCodePoint(char.codePointAt(0) ?? 0);
    glyphs.push(glyph);
    positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
  }
  return { glyphs, positions };
}

/**
 * The parsed font, kept for the life of the process: parsing is lazy and cheap, but reading
 * 10–15 MB per weight on every export is not, and the glyph caches stay warm between documents.
 * pdfkit takes it as is (it accepts any object with layout()); everything but layout is fontkit's.
 */
export function loadFont(key: FontKey): Font {
  const hit = loaded.get(key);
  if (hit) return hit;
  const [face, weight] = key.split('-') as [FontFace, FontWeight];
  const parsed = fontkit().create(readFileSync(locateFont(face, weight)));
  const font = Object.create(parsed, { layout: { value: unshapedLayout } }) as Font;
  loaded.set(key, font);
  return font;
}

/**
 * Reads and parses fonts ahead of the first export (e.g. when the app starts idle), so that
 * export does not pay ~1 s for reading 10–15 MB per face. Defaults to the Simplified faces.
 */
export function preloadFonts(
  keys: readonly FontKey[] = ['serifSC-regular', 'serifSC-bold', 'sansSC-bold'],
): void {
  for (const key of keys) loadFont(key);
}
