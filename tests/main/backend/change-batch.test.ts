import { describe, expect, it } from 'vitest';
import { ChangeBatch } from '../../../main/backend/change-batch';
import type { MeetingChange } from '../../../shared/api';

const save = { saved: true, pending: 0, error: null };
/** A change of meeting m1 to `version`, made of events named by `types`. */
const change = (version: number, ...types: string[]): MeetingChange => ({
  meetingId: 'm1',
  version,
  events: types.map((type) => ({ type }) as never),
  save,
});

describe('ChangeBatch', () => {
  it("sends a phone's change at once, gathers the next ones, and the chair's click carries them in one push", () => {
    const sent: MeetingChange[] = [];
    const batch = new ChangeBatch((c) => sent.push(c), 60_000);
    batch.add(change(1, 'a'));
    batch.add(change(2, 'b'));
    batch.add(change(3, 'c'));
    expect(sent.map((c) => c.version)).toEqual([1]);
    batch.now(change(4, 'chair'));
    expect(sent).toHaveLength(2);
    // One push: the phones' events first, in order, then the chair's; the version is the last.
    expect(sent[1]?.version).toBe(4);
    expect(sent[1]?.events.map((e) => (e as { type: string }).type)).toEqual(['b', 'c', 'chair']);
    // Nothing waits any more: the next click goes alone.
    batch.now(change(5, 'again'));
    expect(sent[2]?.events).toHaveLength(1);
  });
});
