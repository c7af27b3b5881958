import { apiError, type Result } from '../../../shared/api';
import { dispatch, type CommandInput, type MeetingState } from '../../../shared/domain';
import { RepositoryError, type Accepted } from '../repository';
import { unknownMeeting, type AreaHandlers } from './area';
import type { HandlerContext } from './context';

type Channel = 'meeting/open' | 'meeting/dispatch';

/** Steps a caller adds inside the meeting's lane, so nothing else runs between them and the write. */
export type DispatchHooks = Readonly<{
  /** Completes or refuses the command on the state it will be decided on. */
  prepare?: (state: MeetingState, command: CommandInput) => Promise<Result<CommandInput>>;
  /** Runs once the core accepted the command and before its events are written. */
  beforeWrite?: () => Promise<void>;
  /** Goes before the commands waiting in the meeting's lane that are not `first` (the chair's). */
  first?: boolean;
  /** A phone's command: its change may reach the projector batched with others (context.ts). */
  phone?: boolean;
}>;

/**
 * Runs one command on a meeting: stamps it with the laptop's time, decides it with the core and
 * hands its events to storage. Once storage has accepted them (in order, written before it
 * closes) the change goes to the windows and the meeting's next command may be decided; the
 * command is acknowledged once its events are durable. So the projector does not wait for the
 * disk's sync, and a room of phones' ballots share one sync instead of queueing one each.
 * Also the path the follow-up registry takes to put a topic on an agenda.
 */
export async function dispatchMeeting(
  ctx: HandlerContext,
  meetingId: string,
  input: CommandInput,
  hooks: DispatchHooks = {},
): Promise<Result<{ version: number; saved: boolean }>> {
  const { deps, meetings } = ctx;
  const decided = await meetings.serial(
    meetingId,
    async (): Promise<Result<{ version: number; durable: Promise<void> }>> => {
      const state = await meetings.load(meetingId);
      if (!state) return unknownMeeting(meetingId);
      const prepared = hooks.prepare ? await hooks.prepare(state, input) : null;
      if (prepared && !prepared.ok) return prepared;
      const command = prepared ? prepared.value : input;
      // The core refuses time going backwards; a laptop clock corrected by NTP must not block the chair.
      const outcome = dispatch(state, { ...command, at: Math.max(deps.clock(), state.lastAt) });
      if (!outcome.ok) return { ok: false, error: outcome.error };
      await hooks.beforeWrite?.();
      let accepted: Accepted;
      try {
        accepted = await deps.repository.append(meetingId, outcome.events);
      } catch (error) {
        if (error instanceof RepositoryError) return { ok: false, error: error.error };
        throw error;
      }
      meetings.set(meetingId, outcome.state);
      ctx.publish(meetingId, outcome.state, outcome.events, hooks.phone);
      return { ok: true, value: { version: outcome.state.version, durable: accepted.durable } };
    },
    hooks.first,
  );
  if (!decided.ok) return decided;
  const { version, durable } = decided.value;
  // If the disk refuses writes meanwhile, the store keeps the events in order and retries; the
  // chair goes on with saved: false and sees it saved later.
  try {
    const saved = await Promise.race([
      durable.then(() => true),
      deps.repository.whenUnhealthy().then(() => false),
    ]);
    if (!saved) durable.catch(() => undefined);
    return { ok: true, value: { version, saved } };
  } catch (error) {
    // The store retries an accepted write until it is done; were one ever to fail, say so.
    if (error instanceof RepositoryError) return { ok: false, error: error.error };
    throw error;
  }
}

/** The chair's open meeting: opening it (it becomes the projector's) and its commands. */
export function meetingHandlers(ctx: HandlerContext): AreaHandlers<Channel> {
  const { deps, hub, meetings } = ctx;
  return {
    'meeting/open': async ({ meetingId }) => {
      const state = await meetings.load(meetingId);
      if (!state) return unknownMeeting(meetingId);
      // Phone ballots of secret votes the record missed (a crash between box and record).
      await reconcileBallotBox(ctx, meetingId);
      meetings.active = meetingId;
      hub.publish('projector/view', ctx.projectorPayload());
      return {
        ok: true,
        value: {
          meetingId,
          state: meetings.peek(meetingId) ?? state,
          save: deps.repository.saveStatus(meetingId),
          recovery: meetings.takeRecovery(meetingId),
        },
      };
    },
    'meeting/dispatch': ({ meetingId, command }) =>
      dispatchMeeting(ctx, meetingId, command, {
        prepare: chairCommand(ctx, meetingId),
        // The chair's click goes before phones' requests still waiting, but a vote command
        // (close, counts) after them: a ballot that reached the laptop first is decided first.
        first: !command.type.startsWith('vote/'),
      }),
  };
}

/**
 * What the chair may not send, and what main adds to it: a phone's ballot and a secret vote's
 * "has voted" come only from the member's own phone; a secret vote's close gets the ballot box's
 * aggregate, whatever the caller put there.
 */
function chairCommand(ctx: HandlerContext, meetingId: string): DispatchHooks['prepare'] {
  return async (state, command) => {
    if (command.type === 'vote/cast' || command.type === 'vote/markVoted') {
      return {
        ok: false,
        error: apiError('api.forbidden', { channel: command.type, role: 'chair' }),
      };
    }
    if (command.type !== 'vote/close') return { ok: true, value: command };
    const { sealed: _callers, ...rest } = command;
    const vote = state.votes[command.voteId ?? state.openVoteId ?? ''];
    if (vote?.method !== 'secret') return { ok: true, value: rest };
    return {
      ok: true,
      value: { ...rest, sealed: await ctx.room.boxes.sealed(meetingId, vote.voteId) },
    };
  };
}

/** Marks the voters the ballot box holds and the record lacks, once each, for open secret votes. */
export async function reconcileBallotBox(ctx: HandlerContext, meetingId: string): Promise<void> {
  const state = await ctx.meetings.load(meetingId);
  const vote = state?.openVoteId ? state.votes[state.openVoteId] : undefined;
  if (!vote || vote.method !== 'secret') return;
  const missing = await ctx.room.boxes.missingVoters(meetingId, vote.voteId, vote.deviceVoters);
  for (const memberId of missing) {
    await dispatchMeeting(ctx, meetingId, {
      type: 'vote/markVoted',
      voteId: vote.voteId,
      memberId,
    });
  }
}
