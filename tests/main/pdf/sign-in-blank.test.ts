import { describe, expect, it } from 'vitest';
import { layoutPdf } from '../../../main/pdf/render';
import { buildSignInSheet } from '../../../shared/documents';
import type { Locale } from '../../../shared/i18n';
import { SEED_NAMES, seedScript, seedState } from '../../shared/documents/helpers';

// Issue 14: a blank sign-in sheet (printed before the meeting) has numbered spare rows for people
// who come without being on the list, and a tally line at its foot to fill in by hand. Checked
// from the layout record: what was drawn, in which table row, and what comes after the table.

const TALLY: Readonly<Record<Locale, readonly [RegExp, RegExp]>> = {
  'zh-CN': [/^应到＿+人\u3000实到＿+人\u3000请假＿+人\u3000列席＿+人$/, /^清点人（签字）：＿+/],
  'zh-TW': [/^應到＿+人\u3000實到＿+人\u3000請假＿+人\u3000列席＿+人$/, /^清點人（簽名）：＿+/],
  en: [/^Expected: _+ +Present: _+ +Excused: _+ +Observers: _+$/, /^Counted by \(signature\): _+/],
};

describe('a blank sign-in sheet', () => {
  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    it(`has spare rows for walk-ins and a tally line at the foot (${locale})`, async () => {
      for (const name of SEED_NAMES) {
        // The seed before its meeting: only the roster, nothing recorded.
        const script = { ...seedScript(name), commands: [] };
        const state = seedState(name, script);
        const listed = state.memberOrder.length;
        const model = buildSignInSheet(state, { locale, mode: 'blank' });
        const { layout } = await layoutPdf(model, { trusted: true });
        const table = model.blocks.findIndex((block) => block.type === 'table');
        const rowLines = layout.lines.filter((l) => l.block === table && /^r\d+c0$/.test(l.part));
        const numbers = rowLines.map((l) => Number(l.text));
        // Every listed person, then at least five numbered rows more, with nothing else in them.
        expect(numbers.length, name).toBeGreaterThanOrEqual(listed + 5);
        expect(numbers, name).toEqual(numbers.map((_, i) => i + 1));
        const spareParts = new Set(rowLines.slice(listed).map((l) => l.part.split('c')[0]));
        const spareText = layout.lines.filter(
          (l) =>
            l.block === table && spareParts.has(l.part.split('c')[0]!) && !l.part.endsWith('c0'),
        );
        expect(spareText, name).toEqual([]);
        // After the table: the tally, then the signer of the count, on the sheet's last page.
        const after = layout.lines.filter((l) => l.block > table).map((l) => l.text.trim());
        const [counts, by] = TALLY[locale];
        expect(after[0], name).toMatch(counts);
        expect(after[1], name).toMatch(by);
        const tally = layout.lines.find((l) => l.block > table)!;
        expect(tally.page, name).toBe(layout.pages - 1);
      }
    });
  }

  it('keeps the recorded sheet to the people on the list, without a tally to fill', async () => {
    const state = seedState('courtyard-repairs');
    const model = buildSignInSheet(state, { locale: 'zh-CN' });
    const table = model.blocks.find((block) => block.type === 'table');
    expect(table?.type === 'table' && table.rows.length).toBe(state.memberOrder.length);
    const { layout } = await layoutPdf(model, { trusted: true });
    expect(layout.lines.some((l) => l.text.includes('＿'))).toBe(false);
  });
});
