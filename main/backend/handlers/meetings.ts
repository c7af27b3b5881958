import { apiError } from '../../../shared/api';
import { dispatch, emptyState, runScript } from '../../../shared/domain';
import { fromBase64, toBase64, typed, unknownMeeting, type AreaHandlers } from './area';
import type { HandlerContext } from './context';
import { summaryOf } from '../summary';

type Channel =
  | 'meetings/list'
  | 'meetings/firstRun'
  | 'meetings/listDemos'
  | 'meetings/create'
  | 'meetings/openDemo'
  | 'meetings/importScript'
  | 'meetings/exportArchive'
  | 'meetings/importArchive';

/** The list of meetings: listing, creating (empty, from a demo, from a script) and archives. */
export function meetingsHandlers({ deps, meetings, store }: HandlerContext): AreaHandlers<Channel> {
  return {
    // The stored index catches up only when a journal is compacted or closed; a meeting this
    // backend holds is listed from its live state, so the list never says 筹备中 for a meeting
    // that is running or closed.
    'meetings/list': async () => ({
      ok: true,
      value: (await deps.repository.list()).map((stored) => {
        const live = meetings.peek(stored.meetingId);
        return live ? summaryOf(stored.meetingId, live, stored.updatedAt) : stored;
      }),
    }),
    'meetings/firstRun': async () => ({
      ok: true,
      value: { first: deps.firstRun ? await deps.firstRun() : false },
    }),
    'meetings/listDemos': async () => ({ ok: true, value: [...(await deps.seeds.list())] }),
    'meetings/create': async ({ command }) => {
      const meetingId = deps.newId();
      const outcome = dispatch(emptyState(meetingId), { ...command, at: deps.clock() });
      if (!outcome.ok) return { ok: false, error: outcome.error };
      await store(meetingId, outcome.events, outcome.state);
      return { ok: true, value: { meetingId } };
    },
    'meetings/openDemo': async ({ seedId }) => {
      const script = await deps.seeds.load(seedId);
      if (script === null) return { ok: false, error: apiError('seeds.unknown', { seedId }) };
      const meetingId = deps.newId();
      const outcome = runScript(script, meetingId);
      if (!outcome.ok) {
        return { ok: false, error: apiError('seeds.invalid', { seedId, index: outcome.index }) };
      }
      await store(meetingId, outcome.events, outcome.state);
      return { ok: true, value: { meetingId } };
    },
    'meetings/importScript': async ({ script }) => {
      const meetingId = deps.newId();
      const outcome = runScript(script, meetingId);
      if (!outcome.ok) {
        return {
          ok: false,
          error: apiError('script.invalid', { index: outcome.index, code: outcome.error.code }),
        };
      }
      await store(meetingId, outcome.events, outcome.state);
      return { ok: true, value: { meetingId } };
    },
    'meetings/exportArchive': ({ meetingId }) =>
      typed(async () => {
        const state = await meetings.load(meetingId);
        if (!state) return unknownMeeting(meetingId);
        const bytes = await deps.repository.exportArchive(meetingId);
        const title = state.meeting?.title.split('：')[0] ?? meetingId;
        return {
          ok: true,
          value: {
            fileName: `${title}-${state.meeting?.date ?? ''}.yishiting.zip`,
            base64: toBase64(bytes),
          },
        };
      }),
    'meetings/importArchive': ({ base64, onExists }) =>
      typed(async () => {
        const result = await deps.repository.importArchive(fromBase64(base64), onExists);
        // A replaced meeting must be read again from disk, not served from the cache.
        if (result.status === 'imported') meetings.forget(result.meetingId);
        return { ok: true, value: result };
      }),
  };
}
