import { describe, expect, it } from 'vitest';
import { buildMinutes, DocumentModelSchema } from '../../../shared/documents';
import { council, handsVote, signIn } from '../helpers';
import { blocksOf, field, modelText } from './helpers';

// Issue 14 (content a filed record needs): under each vote the minutes name its 计票人 and
// 监票人 with a line to sign; a name not recorded is a blank to fill in by hand, never 无.
// Issue 13: 议题说明, 汇报人 and the urgent mark of an item added during the meeting.

function meeting() {
  const sim = council(5);
  signIn(sim, 5);
  sim.do({
    type: 'agenda/addItem',
    itemId: 'a',
    title: '加装电梯',
    description: '二单元加装电梯方案及费用分摊',
    presenter: '张楼长',
  });
  sim.do({ type: 'meeting/open' });
  sim.do({ type: 'agenda/addItem', itemId: 'u', title: '暴雨后地下室积水' });
  sim.do({ type: 'agenda/next' });
  sim.do({
    type: 'vote/open',
    voteId: 'v1',
    method: 'hands',
    question: '是否同意加装电梯',
    teller: '赵计票',
    scrutineer: '钱监票',
  });
  sim.do({ type: 'vote/enterCounts', counts: { yes: { heads: 5 } } }).do({ type: 'vote/close' });
  sim.do({ type: 'agenda/next' });
  handsVote(sim, 'v2', 4, 1, 0);
  sim.do({ type: 'meeting/close' });
  return sim;
}

describe('minutes: tellers under each vote', () => {
  it('signs each vote by its 计票人 and 监票人, with blanks where none was recorded', () => {
    const sim = meeting();
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const model = buildMinutes(sim.state, { locale });
      expect(DocumentModelSchema.parse(model)).toEqual(model);
    }
    const model = buildMinutes(sim.state, { locale: 'zh-CN' });
    const headings = model.blocks.flatMap((b, i) =>
      b.type === 'heading' && b.text.startsWith('表决') ? [i] : [],
    );
    expect(headings).toHaveLength(2);
    const signed = headings.map((i) => {
      // The vote's fields, then its signature lines.
      const block = model.blocks[i + 2];
      return block?.type === 'signatures' ? block : null;
    });
    expect(signed[0]).toMatchObject({
      signLabel: '签字',
      items: [
        { label: '计票人', name: '赵计票' },
        { label: '监票人', name: '钱监票' },
      ],
    });
    const blank = signed[1]?.items.map((item) => item.name) ?? [];
    expect(blank).toHaveLength(2);
    for (const name of blank) expect(name).toMatch(/^_{6,}$/);
    expect(modelText(model)).not.toMatch(/(计票人|监票人)：无/);
  });

  it('prints names set after the vote closed, and the same in every locale', () => {
    const sim = meeting();
    sim.do({ type: 'vote/setTellers', voteId: 'v2', teller: '孙计票', scrutineer: '李监票' });
    for (const [locale, teller, scrutineer] of [
      ['zh-CN', '计票人', '监票人'],
      ['zh-TW', '計票人', '監票人'],
      ['en', 'Teller', 'Scrutineer'],
    ] as const) {
      const signatures = blocksOf(buildMinutes(sim.state, { locale }), 'signatures');
      expect(signatures.flatMap((s) => s.items)).toEqual(
        expect.arrayContaining([
          { label: teller, name: '孙计票' },
          { label: scrutineer, name: '李监票' },
        ]),
      );
    }
  });

  it('leaves the meeting’s 计票人 blank to fill in by hand when none was named', () => {
    const model = buildMinutes(meeting().state, { locale: 'zh-CN' });
    expect(field(model, '计票人')).toMatch(/^_{6,}$/);
  });

  it('prints 议题说明, 汇报人 and marks the item added during the meeting as urgent', () => {
    const text = modelText(buildMinutes(meeting().state, { locale: 'zh-CN' }));
    expect(text).toContain('二单元加装电梯方案及费用分摊');
    expect(text).toContain('汇报人：张楼长');
    expect(text).toMatch(/暴雨后地下室积水（紧急事项）/);
  });
});
