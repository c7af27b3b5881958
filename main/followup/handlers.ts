import type { ApiError, Result } from '../../shared/api';
import { calendarDay } from '../../shared/time';
import type { CommandInput, MeetingState } from '../../shared/domain';
import {
  actionImports,
  board,
  boardFacets,
  evaluationFrom,
  itemKey,
  type Board,
  type BoardMeeting,
  type FollowupCommandInput,
  type FollowupState,
} from '../../shared/followup';
import type { FollowupRequestOf } from '../../shared/followup/api';
import type { SigningIdentity } from '../signing';
import { exportImplementationNotice } from './notice-export';
import type { FollowupRepository } from './repository';

/** What the handlers need from the backend; injected so they test without Electron or sockets. */
export type FollowupDeps = Readonly<{
  repo: FollowupRepository;
  /** A meeting's current state (open session or replayed from storage); null if unknown. */
  meetingState(meetingId: string): Promise<MeetingState | null>;
  /** Runs a meeting command through the backend's usual path (stamp, decide, store, broadcast). */
  dispatchMeeting(meetingId: string, command: CommandInput): Promise<HandlerResult<unknown>>;
  /** Data folder of the signing identity. */
  dataDir: string;
  /** The identity notices are signed with (the backend's keyring); default from dataDir. */
  identity?: () => Promise<SigningIdentity>;
  /** Epoch ms; the backend's clock. */
  clock(): number;
}>;

/** A handler's answer: the API's one result shape. */
export type HandlerResult<T> = Result<T>;

const failed = (error: ApiError): HandlerResult<never> => ({ ok: false, error });

/** The answer to a change: the registry's version and whether it is on disk. */
export type Saved = Readonly<{ version: number; saved: boolean }>;

/** What every handler uses: the deps, and the steps they share. */
type Tools = Readonly<{
  deps: FollowupDeps;
  /** Today on the calendar of a zone (an item's meeting's), for what does not name a day. */
  today(timeZone: string): string;
  /** Stamps and stores one command; commands may not go back before the registry's last. */
  run(command: FollowupCommandInput): Promise<HandlerResult<Saved>>;
  /** A meeting's state, or 'meeting.unknown'. */
  meeting(meetingId: string): Promise<HandlerResult<MeetingState>>;
}>;

function tools(deps: FollowupDeps): Tools {
  const { repo } = deps;
  return {
    deps,
    today: (timeZone) => calendarDay(deps.clock(), timeZone),
    run: async (command) => {
      const at = Math.max(deps.clock(), repo.state().lastAt);
      const r = await repo.dispatch({ ...command, at });
      if (!r.ok) return failed(r.error);
      return { ok: true, value: { version: r.state.version, saved: repo.saveStatus().saved } };
    },
    meeting: async (meetingId) => {
      const state = await deps.meetingState(meetingId);
      return state
        ? { ok: true, value: state }
        : failed({ code: 'meeting.unknown', params: { meetingId } });
    },
  };
}

/** The board's rows for a filter and the facets to filter by (every meeting, every owner). */
function boardOf(
  { deps, today }: Tools,
  req: FollowupRequestOf<'followup/board'>,
): HandlerResult<{ board: Board; meetings: BoardMeeting[]; owners: string[] }> {
  const state = deps.repo.state();
  const facets = boardFacets(state);
  return {
    ok: true,
    value: {
      board: board(state, req.filter, req.today ?? today),
      meetings: [...facets.meetings],
      owners: [...facets.owners],
    },
  };
}

/** A meeting's action items, each tracked from now on (those already tracked are skipped). */
async function importMeeting(
  { deps, run, meeting }: Tools,
  req: FollowupRequestOf<'followup/importMeeting'>,
): Promise<HandlerResult<{ imported: number } & Saved>> {
  const { repo } = deps;
  const found = await meeting(req.meetingId);
  if (!found.ok) return found;
  let last: Saved = { version: repo.state().version, saved: repo.saveStatus().saved };
  const inputs = actionImports(repo.state(), found.value);
  for (const input of inputs) {
    const r = await run(input);
    if (!r.ok) return r;
    last = r.value;
  }
  return { ok: true, value: { imported: inputs.length, ...last } };
}

/** Puts a triaged topic on a meeting's agenda (through the meeting's path) and records it. */
async function putOnAgenda(
  { deps, run, meeting }: Tools,
  req: FollowupRequestOf<'followup/putOnAgenda'>,
): Promise<HandlerResult<{ itemId: string } & Saved>> {
  const topic = deps.repo.state().topics[req.topicId];
  if (!topic) return failed({ code: 'topic.unknown', params: { topicId: req.topicId } });
  if (topic.triage === null)
    return failed({ code: 'topic.notTriaged', params: { topicId: req.topicId } });
  const found = await meeting(req.meetingId);
  if (!found.ok) return found;
  const info = found.value.meeting;
  if (!info) return failed({ code: 'meeting.notCreated', params: {} });
  // A topic goes on a meeting's agenda once, so this id is unique within the meeting. An
  // open meeting marks the item urgent (紧急事项) by itself.
  const itemId = req.itemId ?? `topic-${req.topicId}`;
  const added = await deps.dispatchMeeting(req.meetingId, {
    type: 'agenda/addItem',
    itemId,
    title: topic.title,
    description: topic.description,
    triage: topic.triage,
  });
  if (!added.ok) return added;
  const r = await run({
    type: 'topic/schedule',
    topicId: req.topicId,
    meetingId: req.meetingId,
    itemId,
    meetingTitle: info.title,
    meetingDate: info.date,
  });
  return r.ok ? { ok: true, value: { itemId, ...r.value } } : r;
}

/** Records the residents' evaluation of an item from a closed satisfaction vote of a later meeting. */
async function evaluate(
  { run, meeting }: Tools,
  req: FollowupRequestOf<'followup/evaluate'>,
): Promise<HandlerResult<Saved>> {
  const found = await meeting(req.evaluationMeetingId);
  if (!found.ok) return found;
  const link = evaluationFrom(found.value, req.voteId);
  if (!link.ok) return failed(link.error);
  return run({
    type: 'actionItem/evaluate',
    meetingId: req.meetingId,
    actionId: req.actionId,
    evaluation: link.value,
  });
}

/** A meeting's closed satisfaction votes (read only: the active meeting stays as it is). */
async function satisfactionVotes(
  { meeting }: Tools,
  req: FollowupRequestOf<'followup/satisfactionVotes'>,
): Promise<HandlerResult<{ voteId: string; question: string; evaluable: boolean }[]>> {
  const found = await meeting(req.meetingId);
  if (!found.ok) return found;
  const state = found.value;
  return {
    ok: true,
    value: state.voteOrder.flatMap((voteId) => {
      const v = state.votes[voteId];
      if (!v || v.method !== 'satisfaction' || v.status !== 'closed') return [];
      return [{ voteId, question: v.question, evaluable: evaluationFrom(state, voteId).ok }];
    }),
  };
}

/** An item's implementation notice (实施结果公示) as a signed PDF. */
async function exportNotice(
  { deps, today, meeting }: Tools,
  req: FollowupRequestOf<'followup/exportNotice'>,
): Promise<HandlerResult<{ fileName: string; base64: string }>> {
  const item = deps.repo.state().items[itemKey(req.meetingId, req.actionId)];
  if (!item)
    return failed({
      code: 'actionItem.unknown',
      params: { meetingId: req.meetingId, actionId: req.actionId },
    });
  const found = await meeting(req.meetingId);
  if (!found.ok) return found;
  const pdf = await exportImplementationNotice({
    meeting: found.value,
    item,
    dataDir: deps.dataDir,
    ...(deps.identity ? { identity: deps.identity } : {}),
    now: new Date(deps.clock()),
    options: { locale: req.locale, postedOn: req.postedOn ?? today(item.timeZone) },
  });
  if (!pdf.ok) return failed(pdf.error);
  return {
    ok: true,
    value: { fileName: `${item.title}-实施结果公示.pdf`, base64: pdf.value.toString('base64') },
  };
}

/**
 * The follow-up channels' handlers (names as in shared/followup/api.ts), wired into the backend's
 * table by main/backend/handlers/followup.ts. Requests arrive parsed; every answer is a result.
 */
export function followupHandlers(deps: FollowupDeps) {
  const t = tools(deps);
  return {
    'followup/state': async (): Promise<HandlerResult<FollowupState>> => ({
      ok: true,
      value: deps.repo.state(),
    }),
    'followup/board': async (req: FollowupRequestOf<'followup/board'>) => boardOf(t, req),
    'followup/dispatch': (req: FollowupRequestOf<'followup/dispatch'>) => t.run(req.command),
    'followup/importMeeting': (req: FollowupRequestOf<'followup/importMeeting'>) =>
      importMeeting(t, req),
    'followup/putOnAgenda': (req: FollowupRequestOf<'followup/putOnAgenda'>) => putOnAgenda(t, req),
    'followup/evaluate': (req: FollowupRequestOf<'followup/evaluate'>) => evaluate(t, req),
    'followup/satisfactionVotes': (req: FollowupRequestOf<'followup/satisfactionVotes'>) =>
      satisfactionVotes(t, req),
    'followup/exportNotice': (req: FollowupRequestOf<'followup/exportNotice'>) =>
      exportNotice(t, req),
  };
}

/** The handlers' table type, for the backend's wiring. */
export type FollowupHandlers = ReturnType<typeof followupHandlers>;
