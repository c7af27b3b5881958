import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  eventSchema,
  replay,
  runScript,
  type MeetingEvent,
  type MeetingState,
} from '../../../shared/domain';
import { openStore, type MeetingCodec } from '../../../main/storage';
import { tempDir } from './helpers';

const SEEDS = path.join(import.meta.dirname, '..', '..', '..', 'seeds');

/** The real core plugged into the generic store, as the backend does. */
const codec: MeetingCodec<MeetingEvent, MeetingState> = {
  // The core's deeply readonly event type is what the schema produces, minus the readonly marks.
  eventSchema: eventSchema as unknown as z.ZodType<MeetingEvent>,
  replay: (meetingId, events) => replay(meetingId, events),
  summarize: (meetingId, state) => ({
    meetingId,
    title: state.meeting?.title ?? '',
    date: state.meeting?.date ?? '',
    status: state.meeting?.status ?? 'draft',
    updatedAt: state.lastAt,
  }),
};

describe('the store with the real meeting core', () => {
  it('keeps a whole seed meeting: same events and state after a restart (half in the journal)', async () => {
    const script: unknown = JSON.parse(
      fs.readFileSync(path.join(SEEDS, 'courtyard-repairs.json'), 'utf8'),
    );
    const run = runScript(script, 'seed-1');
    if (!run.ok) throw new Error(`seed failed at ${run.index}`);
    const half = Math.floor(run.events.length / 2);
    const dir = tempDir();
    const store = await openStore(dir, codec, { lock: false });
    const session = await store.createMeeting('seed-1', run.events.slice(0, half));
    for (const event of run.events.slice(half)) await session.append(event);
    await session.flushed();

    // Not closed: a restarted app resumes it from document + journal.
    const again = await openStore(dir, codec, { lock: false });
    expect(again.interruptedMeetings()).toEqual(['seed-1']);
    const resumed = await again.openMeeting('seed-1');
    expect(resumed.allEvents()).toEqual(run.events);
    expect(resumed.initialState).toEqual(run.state);
    expect(again.listMeetings()).toEqual([
      expect.objectContaining({
        meetingId: 'seed-1',
        status: 'closed',
        title: run.state.meeting?.title,
      }),
    ]);
    await again.close();
  });
});
