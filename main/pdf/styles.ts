import type { Layout } from '../../shared/documents/model';
import type { Locale } from '../../shared/i18n/types';
import type { FontKey } from './fonts';

// Type sizes and page geometry. GB/T 9704-2012 §5: A4, top margin 37 mm, binding (left) margin
// 28 mm, text block 156 × 225 mm; title 二号 (22 pt), body 三号 (16 pt) with 22 lines a page.
// The 'standard' layout keeps the text block and uses 小四 (12 pt) body so long minutes stay short.

/** Points per millimetre (1 pt = 1/72 in). */
export const PT_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * PT_PER_MM;

export const A4 = { width: mm(210), height: mm(297) } as const;

/** The text block: where blocks are laid out. Header and footer sit outside it. */
export type Geometry = Readonly<{ left: number; top: number; width: number; height: number }>;

export const TEXT_BLOCK: Geometry = { left: mm(28), top: mm(37), width: mm(156), height: mm(225) };

/** One text style: size, line pitch, and the regular and bold font of its face. */
export type TextStyle = Readonly<{
  size: number;
  lineHeight: number;
  regular: FontKey;
  bold: FontKey;
  /** Added to every character's advance (negative: set tighter), in points. */
  tracking?: number;
}>;

export type Styles = Readonly<{
  title: TextStyle;
  heading1: TextStyle;
  heading2: TextStyle;
  body: TextStyle;
  small: TextStyle;
  table: TextStyle;
  tableHeader: TextStyle;
  header: TextStyle;
  footer: TextStyle;
  fingerprint: TextStyle;
  /** Space after a paragraph or block, in points. */
  gap: number;
  /** What follows a field's label: a full-width colon in Chinese. */
  colon: string;
}>;

type Faces = Readonly<{ serif: FontKey; serifBold: FontKey; sans: FontKey; sansBold: FontKey }>;

// Traditional documents use Noto Sans TC throughout: no Song-style TC face ships on npm.
function facesFor(locale: Locale): Faces {
  if (locale === 'zh-TW') {
    return {
      serif: 'sansTC-regular',
      serifBold: 'sansTC-bold',
      sans: 'sansTC-regular',
      sansBold: 'sansTC-bold',
    };
  }
  return {
    serif: 'serifSC-regular',
    serifBold: 'serifSC-bold',
    sans: 'sansSC-regular',
    sansBold: 'sansSC-bold',
  };
}

function style(
  size: number,
  lineHeight: number,
  regular: FontKey,
  bold: FontKey,
  tracking = 0,
): TextStyle {
  return tracking
    ? { size, lineHeight, regular, bold, tracking }
    : { size, lineHeight, regular, bold };
}

/** GB/T 9704's grid: 22 lines of 28 characters. 28 三号 characters are a little wider than 156 mm,
 * so official body text is set that much tighter (−0.2 pt a character), as word processors do. */
export const OFFICIAL_LINES = 22;
const OFFICIAL_CHARS = 28;

/**
 * The most lines a page may be tightened to (GB/T's 22 is the norm): a notice whose last lines
 * and seal would spill onto a second page may be set up to two lines a page closer (body stays
 * 16 pt), which is what an office does before starting a second sheet. No more than that: a
 * notice that needs more room is too long for one page and takes two, at the standard pitch's
 * look, rather than being squeezed out of the standard.
 */
export const OFFICIAL_MAX_LINES = 24;

/**
 * The styles of one layout. Tables use the body's serif so that names printed in both the roster
 * and the speeches share one font subset: every extra face costs a subset of its own in the file.
 */
export function stylesFor(layout: Layout, locale: Locale, lines = OFFICIAL_LINES): Styles {
  const f = facesFor(locale);
  const colon = locale === 'en' ? ': ' : '：';
  if (layout === 'official') {
    const pitch = TEXT_BLOCK.height / lines;
    // Chinese text only: English words are not set on a character grid.
    const track = locale === 'en' ? 0 : Math.min(0, TEXT_BLOCK.width / OFFICIAL_CHARS - 16);
    const titlePitch = Math.min(22 * 1.45, pitch * 1.1);
    return {
      title: style(22, titlePitch, f.serifBold, f.serifBold),
      heading1: style(16, pitch, f.sansBold, f.sansBold, track),
      heading2: style(16, pitch, f.serifBold, f.serifBold, track),
      body: style(16, pitch, f.serif, f.serifBold, track),
      small: style(12, 12 * 1.6, f.serif, f.serifBold),
      table: style(12, 12 * 1.5, f.serif, f.serifBold),
      tableHeader: style(12, 12 * 1.5, f.sansBold, f.sansBold),
      header: style(10.5, 14, f.serif, f.serifBold),
      footer: style(14, 18, f.serif, f.serifBold),
      fingerprint: style(7, 9, f.sans, f.sansBold),
      gap: 0,
      colon,
    };
  }
  return {
    title: style(18, 18 * 1.5, f.serifBold, f.serifBold),
    heading1: style(13, 13 * 1.9, f.sansBold, f.sansBold),
    heading2: style(12, 12 * 1.8, f.serifBold, f.serifBold),
    body: style(12, 12 * 1.6, f.serif, f.serifBold),
    small: style(10.5, 10.5 * 1.5, f.serif, f.serifBold),
    table: style(10.5, 10.5 * 1.4, f.serif, f.serifBold),
    tableHeader: style(10.5, 10.5 * 1.4, f.sansBold, f.sansBold),
    header: style(9, 12, f.serif, f.serifBold),
    footer: style(9, 12, f.serif, f.serifBold),
    fingerprint: style(7, 9, f.sans, f.sansBold),
    gap: 4,
    colon,
  };
}
