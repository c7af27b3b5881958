import { describe, expect, it } from 'vitest';
import {
  dispatch,
  emptyState,
  meetingToday,
  toProjectorView,
  replay,
  runScript,
  type MeetingEvent,
  type MeetingState,
} from '../../../shared/domain';
import { board } from '../../../shared/followup';
import { calendarDay, FALLBACK_TIME_ZONE } from '../../../shared/time';
import { importA1, Registry } from '../followup/helpers';
import { seedScript } from '../documents/helpers';

// A meeting records its IANA zone when it is created, and everything that reads the meeting
// (documents, console, projector, board) reads the zone from it, not from the machine.

const AT = Date.parse('2026-04-18T08:50:00+08:00');
const create = (extra: Record<string, unknown> = {}) => ({
  type: 'meeting/create',
  title: '和平里社区居民议事会',
  bodyKind: 'residentsCouncil',
  date: '2026-04-18',
  at: AT,
  ...extra,
});

function created(extra: Record<string, unknown> = {}): MeetingState {
  const r = dispatch(emptyState('m1'), create(extra));
  if (!r.ok) throw new Error(r.error.code);
  return r.state;
}

describe("the meeting's own time zone", () => {
  it('records the zone given at creation, in its canonical spelling', () => {
    expect(created({ timeZone: 'America/Los_Angeles' }).meeting?.timeZone).toBe(
      'America/Los_Angeles',
    );
    expect(created({ timeZone: 'asia/taipei' }).meeting?.timeZone).toBe('Asia/Taipei');
    const r = dispatch(emptyState('m1'), create({ timeZone: 'UTC' }));
    expect(r.ok && r.events[0]?.type === 'meeting/created' && r.events[0].details.timeZone).toBe(
      'UTC',
    );
  });

  it('refuses a zone it does not know, in the user’s words, and stores nothing', () => {
    for (const bad of ['Mars/Olympus', '+08:00', 'Beijing']) {
      const r = dispatch(emptyState('m1'), create({ timeZone: bad }));
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.error).toEqual({ code: 'meeting.unknownTimeZone', params: { timeZone: bad } });
    }
  });

  it('records the fallback (Asia/Shanghai) when a command names no zone', () => {
    expect(created().meeting?.timeZone).toBe(FALLBACK_TIME_ZONE);
  });

  it('lets the zone be corrected later, and refuses a wrong one there too', () => {
    const state = created({ timeZone: 'UTC' });
    const r = dispatch(state, { type: 'meeting/update', timeZone: 'Asia/Shanghai', at: AT + 1 });
    expect(r.ok && r.state.meeting?.timeZone).toBe('Asia/Shanghai');
    const bad = dispatch(state, { type: 'meeting/update', timeZone: 'Nowhere/Town', at: AT + 1 });
    expect(!bad.ok && bad.error.code).toBe('meeting.unknownTimeZone');
  });

  it('replays a journal written before zones were recorded as Asia/Shanghai', () => {
    const r = dispatch(emptyState('m1'), create({ timeZone: 'UTC' }));
    if (!r.ok) throw new Error(r.error.code);
    const [event] = r.events;
    if (event?.type !== 'meeting/created') throw new Error('no meeting/created');
    const { timeZone: _dropped, ...oldDetails } = event.details;
    const old = { ...event, details: oldDetails } as MeetingEvent;
    expect(replay('m1', [old]).meeting?.timeZone).toBe('Asia/Shanghai');
  });

  it("takes a script's zone from its offsets, or from the zone it names", () => {
    const seed = seedScript('courtyard-repairs');
    const ran = runScript(seed);
    expect(ran.ok && ran.state.meeting?.timeZone).toBe('Asia/Shanghai');
    const meeting = seed.meeting as Record<string, unknown>;
    const inLa = runScript({
      ...seed,
      meeting: { ...meeting, at: '2026-04-18T08:50:00-07:00' },
      commands: [],
    });
    expect(inLa.ok && inLa.state.meeting?.timeZone).toBe('Etc/GMT+7');
    const named = runScript({
      ...seed,
      meeting: { ...meeting, timeZone: 'America/Los_Angeles', at: AT },
      commands: [],
    });
    expect(named.ok && named.state.meeting?.timeZone).toBe('America/Los_Angeles');
    const bare = runScript({ ...seed, meeting: { ...meeting, at: AT }, commands: [] });
    expect(bare.ok && bare.state.meeting?.timeZone).toBe(FALLBACK_TIME_ZONE);
  });

  it("gives 'today' and the projector's clock zone from the meeting", () => {
    const now = Date.parse('2026-04-18T20:00:00Z');
    expect(meetingToday(created({ timeZone: 'Asia/Shanghai' }), now)).toBe('2026-04-19');
    expect(meetingToday(created({ timeZone: 'America/Los_Angeles' }), now)).toBe('2026-04-18');
    expect(toProjectorView(created({ timeZone: 'Asia/Taipei' })).meeting?.timeZone).toBe(
      'Asia/Taipei',
    );
  });
});

describe("the follow-up board on each meeting's calendar", () => {
  it('judges an item overdue by the day in its own meeting’s zone', () => {
    const reg = new Registry()
      .do(importA1({ deadline: '2026-06-30', timeZone: 'Asia/Shanghai' }))
      .do(importA1({ actionId: 'a2', deadline: '2026-06-30', timeZone: 'America/Los_Angeles' }));
    // 1 July 02:00 in Shanghai is still 30 June in Los Angeles.
    const now = Date.parse('2026-06-30T18:00:00Z');
    const rows = board(reg.state, {}, (zone) => calendarDay(now, zone)).rows;
    expect(rows.map((r) => [r.actionId, r.overdue])).toEqual([
      ['a1', true],
      ['a2', false],
    ]);
  });

  it('keeps items imported before zones were recorded on Asia/Shanghai', () => {
    const reg = new Registry().do(importA1());
    expect(reg.state.items['m1/a1']?.timeZone).toBe('Asia/Shanghai');
    expect(reg.reject(importA1({ actionId: 'a9', timeZone: 'Atlantis/Capital' })).code).toBe(
      'command.malformed',
    );
  });
});
