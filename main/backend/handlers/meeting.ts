import type { Result } from '../../../shared/api';
import { dispatch, type CommandInput } from '../../../shared/domain';
import { RepositoryError } from '../repository';
import { unknownMeeting, type AreaHandlers } from './area';
import type { HandlerContext } from './context';

type Channel = 'meeting/open' | 'meeting/dispatch';

/**
 * Runs one command on a meeting: stamps it with the laptop's time, decides it with the core,
 * writes its events and only then acknowledges it and pushes the change. Also the path the
 * follow-up registry takes to put a topic on an agenda.
 */
export function dispatchMeeting(
  ctx: HandlerContext,
  meetingId: string,
  command: CommandInput,
): Promise<Result<{ version: number; saved: boolean }>> {
  const { deps, meetings } = ctx;
  return meetings.serial(meetingId, async () => {
    const state = await meetings.load(meetingId);
    if (!state) return unknownMeeting(meetingId);
    // The core refuses time going backwards; a laptop clock corrected by NTP must not block the chair.
    const outcome = dispatch(state, { ...command, at: Math.max(deps.clock(), state.lastAt) });
    if (!outcome.ok) return { ok: false, error: outcome.error };
    // Acknowledged once durable. If the disk refuses writes meanwhile, the store keeps the
    // events in order and retries; the chair goes on with saved: false and sees it saved later.
    const durable = deps.repository.append(meetingId, outcome.events);
    let saved: boolean;
    try {
      saved = await Promise.race([
        durable.then(() => true),
        deps.repository.whenUnhealthy().then(() => false),
      ]);
    } catch (error) {
      if (error instanceof RepositoryError) return { ok: false, error: error.error };
      throw error;
    }
    if (!saved) durable.catch(() => undefined);
    meetings.set(meetingId, outcome.state);
    ctx.publish(meetingId, outcome.state, outcome.events);
    return { ok: true, value: { version: outcome.state.version, saved } };
  });
}

/** The chair's open meeting: opening it (it becomes the projector's) and its commands. */
export function meetingHandlers(ctx: HandlerContext): AreaHandlers<Channel> {
  const { deps, hub, meetings } = ctx;
  return {
    'meeting/open': async ({ meetingId }) => {
      const state = await meetings.load(meetingId);
      if (!state) return unknownMeeting(meetingId);
      meetings.active = meetingId;
      hub.publish('projector/view', ctx.projectorPayload());
      return {
        ok: true,
        value: {
          meetingId,
          state,
          save: deps.repository.saveStatus(meetingId),
          recovery: meetings.takeRecovery(meetingId),
        },
      };
    },
    'meeting/dispatch': ({ meetingId, command }) => dispatchMeeting(ctx, meetingId, command),
  };
}
