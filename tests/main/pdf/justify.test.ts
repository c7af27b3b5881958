import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../main/pdf/linebreak';
import { shape } from '../../../main/pdf/shape';
import { stylesFor, TEXT_BLOCK } from '../../../main/pdf/styles';
import { Surface } from '../../../main/pdf/surface';

// Justified lines: Chinese spreads its characters a little; English widens the gaps between words
// instead (letter-spaced English words were seen in the notices: "A t  t h e  v o t e"). Read
// from the page's content stream: text objects (BT) and character spacing (Tc) per line.

const SENTENCE =
  'At the vote 37 members were expected and 33 members present. 30 yes (81.1% of all members), 2 no';

/** The content operators of the one justified line drawn on a fresh page. */
function drawJustified(locale: 'en' | 'zh-CN', text: string): string {
  const surface = new Surface(TEXT_BLOCK, locale, {});
  const style = stylesFor('official', locale).body;
  const atoms = shape(text, style);
  const [line] = breakLines(atoms, surface.width);
  surface.drawLine(atoms, line!, surface.left, surface.y, surface.width, style, 'justify', false);
  const content = (surface.doc as unknown as { page: { content: { buffer: Uint8Array[] } } }).page
    .content.buffer;
  return content.map((chunk) => Buffer.from(chunk).toString('latin1')).join('');
}

const spacings = (ops: string): number[] =>
  [...ops.matchAll(/(-?[\d.]+) Tc/g)].map((m) => Number(m[1]));

describe('justified lines', () => {
  it('widen the gaps between English words, not the letters', () => {
    const ops = drawJustified('en', SENTENCE);
    expect(spacings(ops).every((tc) => tc === 0)).toBe(true);
    // One text object a word: the gaps are placed, not spaced out.
    const words = (ops.match(/\bBT\b/g) ?? []).length;
    expect(words).toBeGreaterThan(5);
  });

  it('spread Chinese characters by at most a small fraction of an em', () => {
    const ops = drawJustified(
      'zh-CN',
      '本次会议按程序审议了该事项并进行表决，现将结果予以公示，请居民监督，'.repeat(2),
    );
    const tc = spacings(ops);
    expect(tc.length).toBeGreaterThan(0);
    expect(Math.max(...tc)).toBeLessThanOrEqual(16 * 0.08);
  });
});
