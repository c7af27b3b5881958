import { describe, expect, it } from 'vitest';
import { buildMinutes, DocumentModelSchema } from '../../../shared/documents';
import { onFloor } from '../helpers';
import { field, modelText } from './helpers';

// Issue 14 (content a filed record needs): each speech's summary, written by the recorder, is
// printed with its speaker; the minutes say the day they were signed, on the meeting's calendar.

function meeting() {
  const sim = onFloor(3, 3);
  sim.do({ type: 'speech/start', speechId: 's1', memberId: 'r1' });
  sim.do({ type: 'speech/start', speechId: 's2', memberId: 'r2' }, 60_000);
  sim.do({ type: 'speech/start', speechId: 's3', memberId: 'r3' }, 60_000);
  sim.do({ type: 'speech/setSummary', speechId: 's1', text: '赞成加装电梯，低层住户少出资' });
  sim.do({ type: 'meeting/close' });
  sim.do({ type: 'speech/setSummary', speechId: 's3', text: '担心施工噪声' });
  return sim;
}

describe('minutes: speech summaries', () => {
  it("prints each summary numbered as its speaker's row, and skips speeches without one", () => {
    const sim = meeting();
    const names = ['r1', 'r2', 'r3'].map((id) => sim.state.members[id]?.name ?? '');
    const model = buildMinutes(sim.state, { locale: 'zh-CN' });
    expect(DocumentModelSchema.parse(model)).toEqual(model);
    const text = modelText(model);
    const table = text.indexOf(`1|${names[0]}`);
    const heading = text.indexOf('发言摘要：');
    expect(table).toBeGreaterThan(-1);
    expect(heading).toBeGreaterThan(text.indexOf(`3|${names[2]}`));
    expect(text).toContain(`1. ${names[0]}：赞成加装电梯，低层住户少出资`);
    expect(text).toContain(`3. ${names[2]}：担心施工噪声`);
    expect(text).not.toContain(`2. ${names[1]}：`);
  });

  it('says so in zh-TW and en, and prints nothing when no speech has a summary', () => {
    const sim = meeting();
    expect(modelText(buildMinutes(sim.state, { locale: 'zh-TW' }))).toContain('發言摘要：');
    const en = modelText(buildMinutes(sim.state, { locale: 'en' }));
    expect(en).toContain('Summaries of the speeches: ');
    expect(en).toMatch(/3\. .+: 担心施工噪声/);
    const plain = onFloor(2, 2);
    plain.do({ type: 'speech/start', speechId: 's1', memberId: 'r1' });
    expect(modelText(buildMinutes(plain.state, { locale: 'zh-CN' }))).not.toContain('发言摘要');
  });
});

describe('minutes: the signing date', () => {
  it("prints the signing day on the meeting's calendar, a blank in a draft", () => {
    const sim = meeting();
    // 2026-05-10 17:30 UTC is already 11 May in Shanghai, the meeting's zone.
    const signedAt = Date.parse('2026-05-10T17:30:00Z');
    expect(sim.state.meeting?.timeZone).toBe('Asia/Shanghai');
    const signed = buildMinutes(sim.state, { locale: 'zh-CN', signedAt });
    expect(field(signed, '签署日期')).toBe('2026年5月11日');
    expect(field(buildMinutes(sim.state, { locale: 'zh-TW', signedAt }), '簽署日期')).toBe(
      '2026年5月11日',
    );
    expect(field(buildMinutes(sim.state, { locale: 'en', signedAt }), 'Signed on')).toBe(
      '11 May 2026',
    );
    expect(field(buildMinutes(sim.state, { locale: 'zh-CN' }), '签署日期')).toBe('____年__月__日');
  });

  it('stands with 散会时间 right above the signatures of the chair and the recorder', () => {
    const model = buildMinutes(meeting().state, { locale: 'zh-CN', signedAt: Date.now() });
    const signatures = model.blocks.findIndex(
      (b) => b.type === 'signatures' && b.items.some((i) => i.label === '记录人'),
    );
    const closing = model.blocks[signatures - 1];
    expect(closing?.type === 'fields' && closing.items.map((i) => i.label)).toEqual([
      '散会时间',
      '签署日期',
    ]);
  });
});
