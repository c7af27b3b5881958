import { z } from 'zod';
import type { MeetingCodec } from '../../../main/storage';

/** A tiny stand-in for the domain core: events add to a counter or start/stop a speech timer. */
export const fakeEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('counter/added'),
    seq: z.number().int(),
    at: z.number(),
    by: z.string().max(100),
    amount: z.number().int(),
  }),
  z.object({
    type: z.literal('timer/started'),
    seq: z.number().int(),
    at: z.number(),
    by: z.string().max(100),
  }),
  z.object({
    type: z.literal('timer/stopped'),
    seq: z.number().int(),
    at: z.number(),
    by: z.string().max(100),
  }),
  z.object({
    type: z.literal('note/added'),
    seq: z.number().int(),
    at: z.number(),
    by: z.string().max(100),
    text: z.string(),
  }),
]);
export type FakeEvent = z.infer<typeof fakeEventSchema>;
export type FakeState = {
  sum: number;
  count: number;
  lastAt: number;
  timerStartedAt: number | null;
  seqs: number[];
};

export const fakeCodec: MeetingCodec<FakeEvent, FakeState> = {
  eventSchema: fakeEventSchema,
  replay(_meetingId, events) {
    const state: FakeState = { sum: 0, count: 0, lastAt: 0, timerStartedAt: null, seqs: [] };
    for (const event of events) {
      state.count++;
      state.lastAt = event.at;
      state.seqs.push(event.seq);
      if (event.type === 'counter/added') state.sum += event.amount;
      if (event.type === 'timer/started') state.timerStartedAt = event.at;
      if (event.type === 'timer/stopped') state.timerStartedAt = null;
    }
    return state;
  },
  summarize: (meetingId, state) => ({
    meetingId,
    title: `Meeting ${meetingId}`,
    date: '2026-11-22',
    status: state.count > 0 ? 'open' : 'draft',
    updatedAt: state.lastAt,
  }),
};

/** Event number `seq` of a test meeting. */
export const added = (seq: number, amount = 1): FakeEvent => ({
  type: 'counter/added',
  seq,
  at: 1_700_000_000_000 + seq,
  by: 'chair',
  amount,
});
