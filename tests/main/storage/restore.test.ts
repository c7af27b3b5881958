import { describe, expect, it } from 'vitest';
import {
  describeNotice,
  MEETING_SCHEMA_VERSION,
  restoreMeeting,
  safeJsonParse,
  DOCUMENT_LIMITS,
} from '../../../main/storage';
import { LOCALES } from '../../../shared/i18n';
import { added, fakeCodec } from './fake-codec';

const goodDoc = (id = 'm1', n = 3) => {
  const events = Array.from({ length: n }, (_, i) => added(i + 1));
  return {
    schemaVersion: MEETING_SCHEMA_VERSION,
    kind: 'yishiting/meeting',
    meetingId: id,
    savedAt: '2026-11-22T00:00:00.000Z',
    eventCount: n,
    summary: {
      id,
      title: 't',
      date: '2026-11-22',
      status: 'open',
      updatedAt: '2026-11-22T00:00:00.000Z',
    },
    snapshot: { sum: 999_999 },
    events,
  };
};
const gate = (text: string, expectedId = 'm1') =>
  restoreMeeting(text, fakeCodec, { file: 'm1.json', expectedId });
const refusalOf = (text: string) => {
  const result = gate(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
};

describe('restore gate', () => {
  it('accepts a good document and rebuilds state from events, ignoring the stored snapshot', () => {
    const result = gate(JSON.stringify(goodDoc()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.state.sum).toBe(3);
    expect(result.value.summary.status).toBe('open');
    expect(result.notices).toEqual([]);
  });

  it.each([
    ['corrupt', '{"schemaVersion":2,"kind":"yishit\u0000garbage', 'refused.notJson'],
    ['truncated', JSON.stringify(goodDoc()).slice(0, 120), 'refused.notJson'],
    ['empty', '', 'refused.empty'],
    ['whitespace only', '  \n ', 'refused.empty'],
    ['no version', JSON.stringify({ events: [] }), 'refused.noVersion'],
    ['not an object', '[1,2,3]', 'refused.noVersion'],
    ['newer version', JSON.stringify({ ...goodDoc(), schemaVersion: 99 }), 'refused.tooNew'],
    ['unknown old version', JSON.stringify({ ...goodDoc(), schemaVersion: 0 }), 'refused.invalid'],
    [
      'bad event',
      JSON.stringify({
        ...goodDoc(),
        events: [{ type: 'counter/added', seq: 'x' }],
        eventCount: 1,
      }),
      'refused.invalid',
    ],
    ['count mismatch', JSON.stringify({ ...goodDoc(), eventCount: 7 }), 'refused.invalid'],
    ['other meeting', JSON.stringify(goodDoc('m2')), 'refused.wrongMeeting'],
  ])('refuses a %s document with a reason', (_name, text, code) => {
    const refusal = refusalOf(text);
    expect(refusal.code).toBe(code);
    for (const locale of LOCALES) {
      const message = describeNotice(refusal, locale);
      expect(message).not.toContain('storage:');
      expect(message).toContain('m1.json');
    }
  });

  it('names the failing field of an invalid document', () => {
    const refusal = refusalOf(
      JSON.stringify({
        ...goodDoc(),
        events: [{ type: 'counter/added', seq: 'x', at: 1, by: 'c', amount: 1 }],
        eventCount: 1,
      }),
    );
    expect(refusal.params.path).toBe('events.0.seq');
    expect(describeNotice(refusal, 'zh-CN')).toContain('events.0.seq');
  });

  it('migrates a version 1 document and says so', () => {
    const v1 = {
      schemaVersion: 1,
      id: 'm1',
      savedAt: '2025-01-01T00:00:00.000Z',
      events: [added(1, 5), added(2, 6)],
    };
    const result = gate(JSON.stringify(v1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.state.sum).toBe(11);
    expect(result.value.meetingId).toBe('m1');
    expect(result.notices.map((n) => n.code)).toEqual(['recovered.migrated']);
    expect(result.notices[0]?.params).toMatchObject({ from: 1, to: MEETING_SCHEMA_VERSION });
  });

  it('refuses a damaged version 1 document instead of half-migrating it', () => {
    expect(refusalOf(JSON.stringify({ schemaVersion: 1, id: 'm1', events: 'nope' })).code).toBe(
      'refused.invalid',
    );
  });

  it('refuses a replay that throws', () => {
    const throwing = {
      ...fakeCodec,
      replay: () => {
        throw new Error('boom');
      },
    };
    const result = restoreMeeting(JSON.stringify(goodDoc()), throwing, { file: 'm1.json' });
    expect(result.ok ? undefined : result.refusal.code).toBe('refused.replayFailed');
  });
});

describe('hostile JSON', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  it.each([
    ['__proto__ key', '{"schemaVersion":2,"__proto__":{"polluted":true}}', 'refused.forbiddenKey'],
    [
      'escaped __proto__ key',
      '{"schemaVersion":2,"a":[{"\\u005f_proto__":{"polluted":true}}]}',
      'refused.forbiddenKey',
    ],
    [
      'constructor key',
      '{"schemaVersion":2,"x":{"constructor":{"prototype":{"polluted":true}}}}',
      'refused.forbiddenKey',
    ],
    ['prototype key', '{"schemaVersion":2,"prototype":1}', 'refused.forbiddenKey'],
    [
      'deep nesting',
      `{"schemaVersion":2,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      'refused.tooDeep',
    ],
    ['unbalanced deep nesting', '['.repeat(1_000_000), 'refused.tooDeep'],
    [
      'huge string',
      `{"schemaVersion":2,"title":"${'长'.repeat(300_000)}"}`,
      'refused.stringTooLong',
    ],
    [
      'huge unterminated string',
      `{"schemaVersion":2,"title":"${'x'.repeat(300_000)}`,
      'refused.stringTooLong',
    ],
  ])('refuses a %s and leaves Object.prototype alone', (_name, text, code) => {
    expect(refusalOf(text).code).toBe(code);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over the size limit before parsing', () => {
    const result = safeJsonParse(
      ' '.repeat(10) + '1',
      { ...DOCUMENT_LIMITS, maxBytes: 5 },
      'f.json',
    );
    expect(result.ok ? undefined : result.refusal.code).toBe('refused.tooLarge');
  });

  it('accepts ordinary Chinese text with escapes', () => {
    const result = safeJsonParse(
      '{"t":"议事\\"厅\\\\","n":[1,{"a":null}]}',
      DOCUMENT_LIMITS,
      'f.json',
    );
    expect(result).toEqual({ ok: true, value: { t: '议事"厅\\', n: [1, { a: null }] } });
  });
});
