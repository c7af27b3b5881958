import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../shared/documents';
import { blocksOf, modelText, seedScript, seedState } from './helpers';

// What the minutes say about items not heard and speeches whose stance was not recorded: what
// happened, never a made-up figure ("实际用时1秒，本议题无人发言") or a position nobody took (不表态).

type Command = Record<string, unknown> & { at: string; type: string };

/**
 * parking-drying with a fourth item opened, spoken on without a stance for a second and deferred,
 * and a fifth item never opened.
 */
function script() {
  const raw = seedScript('parking-drying');
  const agenda = raw.agenda as Record<string, unknown>[];
  const commands = raw.commands as Command[];
  const close = commands.findIndex((c) => c.type === 'meeting/close');
  const at = commands[close]!.at;
  const later = at.replace(/:25\+08:00$/, ':26+08:00');
  return {
    ...raw,
    agenda: [
      ...agenda,
      { ...agenda[1], itemId: 'i4', title: '楼道堆物清理', plannedMin: 10, description: '' },
      { ...agenda[1], itemId: 'i5', title: '快递柜选址', plannedMin: 10, description: '' },
    ],
    commands: [
      ...commands.slice(0, close),
      { at, type: 'agenda/openItem', itemId: 'i4' },
      { at, type: 'speech/start', speechId: 's-i4', memberId: 'p04' },
      { at: later, type: 'speech/end' },
      { at: later, type: 'agenda/deferItem', itemId: 'i4' },
      { ...commands[close]!, at: later },
    ],
  };
}

describe('minutes of items not heard and stances not recorded', () => {
  const state = seedState('parking-drying', script());

  it('marks a deferred item 暂缓 and an item never reached 未审议, with no time taken', () => {
    expect(state.items.i4?.status).toBe('deferred');
    const text = modelText(buildMinutes(state, { locale: 'zh-CN' }));
    const deferred = text.slice(text.indexOf('楼道堆物清理'), text.indexOf('快递柜选址'));
    expect(deferred).toContain('楼道堆物清理（暂缓）');
    expect(deferred).toContain('计划10分钟，暂缓');
    expect(deferred).not.toContain('实际用时');
    const pending = text.slice(text.indexOf('快递柜选址'));
    expect(pending).toContain('快递柜选址（未审议）');
    expect(pending).toContain('本次会议未审议本议题。');
    expect(pending).not.toContain('本议题无人发言');
    expect(pending).not.toContain('实际用时');
  });

  it('prints 未记录 for a speech without a recorded stance, never 不表态', () => {
    const model = buildMinutes(state, { locale: 'zh-CN' });
    const rows = blocksOf(model, 'table')
      .filter((t) => t.columns[3]?.header === '立场')
      .flatMap((t) => t.rows);
    const unrecorded = rows.filter((r) => r[3] === '未记录');
    expect(unrecorded.length).toBeGreaterThan(0);
    expect(rows.some((r) => r[3] === '赞成')).toBe(true);
    expect(modelText(model)).not.toContain('不表态');
    expect(modelText(buildMinutes(state, { locale: 'zh-TW' }))).toContain('未記錄');
    expect(modelText(buildMinutes(state, { locale: 'en' }))).toContain('Not recorded');
  });

  it('says deferred in Traditional Chinese and English too', () => {
    expect(modelText(buildMinutes(state, { locale: 'zh-TW' }))).toContain('楼道堆物清理（暫緩）');
    expect(modelText(buildMinutes(state, { locale: 'en' }))).toContain('楼道堆物清理 (deferred)');
  });
});
