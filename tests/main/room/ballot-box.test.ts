import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingRepository } from '../../../main/backend/repository';
import { openRepository } from '../../../main/backend/storage-repository';
import { fileRoomStore } from '../../../main/room/room-store';
import type { MeetingState } from '../../../shared/domain';
import { tempDir } from '../storage/helpers';
import { MEMBERS, roomHarness, type RoomHarness } from './room-harness';

// Secret ballots cast on phones: the choice goes into rooms/<id>.box.json, the record only
// learns who has voted. A crash between the two loses no ballot and doubles none.

const dirs: string[] = [];
const harnesses: RoomHarness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The repository, except that writing a "has voted" never finishes: the process died there. */
function dyingBeforeMarkVoted(repository: MeetingRepository, dying: { on: boolean }) {
  return new Proxy(repository, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (key !== 'append' || typeof value !== 'function') {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (meetingId: string, events: ReadonlyArray<{ type: string }>) =>
        dying.on && events.some((event) => event.type === 'vote/markedVoted')
          ? new Promise(() => undefined)
          : (value as (...args: unknown[]) => unknown).call(target, meetingId, events);
    },
  });
}

async function onDisk(dataDir: string, dying = { on: false }) {
  const repository = dyingBeforeMarkVoted(await openRepository(dataDir, { lock: false }), dying);
  const harness = await roomHarness({ repository, rooms: fileRoomStore(dataDir) });
  harnesses.push(harness);
  return harness;
}

const boxOf = (dataDir: string, meetingId: string) =>
  JSON.parse(readFileSync(join(dataDir, 'rooms', `${meetingId}.box.json`), 'utf8')) as Record<
    string,
    { voters: string[]; counts: Record<string, { heads: number }>; ballots?: string[] }
  >;

async function stateOf(harness: RoomHarness, meetingId: string): Promise<MeetingState> {
  return (await harness.chair('meeting/open', { meetingId })).value.state as MeetingState;
}

async function openSecretVote(harness: RoomHarness) {
  for (const memberId of MEMBERS) await harness.dispatch({ type: 'roster/signIn', memberId });
  const opened = await harness.dispatch({
    type: 'vote/open',
    voteId: 'v1',
    method: 'secret',
    question: '是否同意',
  });
  expect(opened.ok).toBe(true);
}

describe('the ballot box of secret votes', () => {
  it('keeps the choice apart from who voted, counts a replay once, refuses a second ballot', async () => {
    const dataDir = tempDir('yst-box-');
    dirs.push(dataDir);
    const harness = await onDisk(dataDir);
    await openSecretVote(harness);
    const a1 = await harness.phoneOf('a1');
    const a2 = await harness.phoneOf('a2');
    const ballot = { voteId: 'v1', ballotId: 'ballot-a1-1', choice: 'yes' };
    expect((await a1.call('participant/vote', ballot)).ok).toBe(true);
    expect((await a1.call('participant/vote', ballot)).ok).toBe(true);
    const second = await a1.call('participant/vote', {
      ...ballot,
      ballotId: 'ballot-a1-2',
      choice: 'no',
    });
    expect(second.error?.code).toBe('vote.alreadyVoted');
    expect(
      (await a2.call('participant/vote', { voteId: 'v1', ballotId: 'ballot-a2-1', choice: 'no' }))
        .ok,
    ).toBe(true);
    const box = boxOf(dataDir, harness.meetingId);
    expect(box.v1?.voters).toEqual(['a1', 'a2']);
    expect(box.v1?.counts.yes?.heads).toBe(1);
    expect(box.v1?.counts.no?.heads).toBe(1);
    expect((await stateOf(harness, harness.meetingId)).votes.v1?.deviceVoters).toEqual([
      'a1',
      'a2',
    ]);
    // Nothing in the meeting's own files names a choice next to a member.
    const record = readFileSync(join(dataDir, 'meetings', `${harness.meetingId}.journal`), 'utf8');
    expect(record).not.toMatch(/ballot-a1|"choice"/);
    // The close seals the box's counts, whatever the caller sent.
    const closed = await harness.dispatch({
      type: 'vote/close',
      sealed: { yes: { heads: 40, households: 0, area: 0 } },
    });
    expect(closed.ok).toBe(true);
    const outcome = (await stateOf(harness, harness.meetingId)).votes.v1?.outcome;
    expect(outcome?.device?.yes?.heads).toBe(1);
    expect(outcome?.device?.no?.heads).toBe(1);
  });

  it('marks a ballot boxed just before a crash once on the next open', async () => {
    const dataDir = tempDir('yst-box-crash-');
    dirs.push(dataDir);
    const dying = { on: false };
    const first = await onDisk(dataDir, dying);
    await openSecretVote(first);
    const a1 = await first.phoneOf('a1');
    dying.on = true;
    void a1.call('participant/vote', { voteId: 'v1', ballotId: 'ballot-a1-1', choice: 'yes' });
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      try {
        if (boxOf(dataDir, first.meetingId).v1?.voters.includes('a1')) break;
      } catch {
        // not written yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(boxOf(dataDir, first.meetingId).v1?.voters).toEqual(['a1']);
    const meetingId = first.meetingId;
    await first.lan.close();

    // The next start: a new backend on the same data folder opens the meeting.
    const repository = await openRepository(dataDir, { lock: false });
    const second = await roomHarness({
      repository,
      rooms: fileRoomStore(dataDir),
      idPrefix: 'restart',
    });
    harnesses.push(second);
    expect((await stateOf(second, meetingId)).votes.v1?.deviceVoters).toEqual(['a1']);
    expect((await stateOf(second, meetingId)).votes.v1?.deviceVoters).toEqual(['a1']);
    const journal = readFileSync(join(dataDir, 'meetings', `${meetingId}.journal`), 'utf8');
    expect(journal.match(/vote\/markedVoted/g)?.length).toBe(1);
  });

  it('answers a ballot re-sent after a restart as counted, once; the box keeps spent ids sorted, apart from voters', async () => {
    const dataDir = tempDir('yst-box-restart-');
    dirs.push(dataDir);
    const first = await onDisk(dataDir);
    await openSecretVote(first);
    const a1 = await first.phoneOf('a1');
    const a2 = await first.phoneOf('a2');
    const ballot = { voteId: 'v1', ballotId: 'zz-ballot-a1', choice: 'yes' };
    expect((await a1.call('participant/vote', ballot)).ok).toBe(true);
    const a2Ballot = { voteId: 'v1', ballotId: 'aa-ballot-a2', choice: 'no' };
    expect((await a2.call('participant/vote', a2Ballot)).ok).toBe(true);
    const meetingId = first.meetingId;
    const boxed = boxOf(dataDir, meetingId).v1;
    expect(boxed?.ballots).toEqual(['aa-ballot-a2', 'zz-ballot-a1']);
    expect(Object.keys(boxed ?? {}).sort()).toEqual(['ballots', 'counts', 'voters']);
    await first.lan.close();
    await first.backend.close();

    // A new backend on the same data folder; the room is on again for that meeting, and the
    // phone (its device key kept in rooms/<id>.json) sends its unanswered ballot again.
    const repository = await openRepository(dataDir, { lock: false });
    const second = await roomHarness({ repository, rooms: fileRoomStore(dataDir), idPrefix: 'r' });
    harnesses.push(second);
    expect((await second.chair('meeting/open', { meetingId })).ok).toBe(true);
    expect((await second.chair('room/set', { enabled: true, meetingId })).ok).toBe(true);
    const vote = (request: unknown) =>
      second.backend.handle('participant', 'participant/vote', request, {
        deviceKey: a1.deviceKey,
      }) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
    expect(await vote(ballot)).toEqual({ ok: true, value: { counted: true } });
    expect((await vote({ ...ballot, ballotId: 'another-a1', choice: 'no' })).error?.code).toBe(
      'vote.alreadyVoted',
    );
    const after = boxOf(dataDir, meetingId).v1;
    expect(after?.voters).toEqual(['a1', 'a2']);
    expect(after?.counts.yes?.heads).toBe(1);
    expect((await stateOf(second, meetingId)).votes.v1?.deviceVoters).toEqual(['a1', 'a2']);
  });
});
