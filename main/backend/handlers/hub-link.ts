import type { Result } from '../../../shared/api';
import { hubLinkService, type HubLinkService } from '../../hub-link/service';
import { HubLinkError } from '../../hub-link/errors';
import { asRepositoryError } from '../signing';
import { typed, type AreaHandlers } from './area';
import type { HandlerContext } from './context';

type Channel = 'hubLink/status' | 'hubLink/enrol' | 'hubLink/send' | 'hubLink/sync';

const unavailable = () =>
  Promise.resolve({ ok: false as const, error: { code: 'hubLink.unavailable', params: {} } });

/** A hub link failure, a signing refusal (a locked key) or a storage one: an answer with a code. */
function answered<T>(work: () => Promise<T>): Promise<Result<T>> {
  return typed(async () => {
    try {
      return { ok: true as const, value: await work() };
    } catch (error) {
      if (error instanceof HubLinkError)
        return { ok: false as const, error: { code: error.code, params: { ...error.params } } };
      throw asRepositoryError(error);
    }
  });
}

/** The hub link over the backend's own repositories and signing identity. */
function serviceOf(ctx: HandlerContext): HubLinkService | null {
  const { deps } = ctx;
  if (!deps.followup || !deps.signing) return null;
  const { repo, dataDir } = deps.followup;
  const identity = deps.signing.identity;
  return hubLinkService({
    dataDir,
    identity,
    clock: deps.clock,
    followup: repo,
    closedMeetings: async () =>
      (await deps.repository.list())
        .filter((m) => m.status === 'closed')
        .sort((a, b) => a.date.localeCompare(b.date) || a.meetingId.localeCompare(b.meetingId))
        .map(({ meetingId, title, date }) => ({ meetingId, title, date })),
    bundleSource: {
      dataDir,
      identity,
      events: async (meetingId) => (await deps.repository.load(meetingId))?.events ?? null,
      followup: () => Promise.resolve(repo.state()),
    },
  });
}

/**
 * 报送街道办 (chair-only, like every request channel without other roles): the link's status,
 * enrolment, sending closed meetings' bundles, and fetching 督办 comments onto the board. The
 * token the hub gave stays in main/hub-link: no answer here carries it.
 */
export function hubLinkHandlers(ctx: HandlerContext): AreaHandlers<Channel> {
  const service = serviceOf(ctx);
  if (!service)
    return {
      'hubLink/status': unavailable,
      'hubLink/enrol': unavailable,
      'hubLink/send': unavailable,
      'hubLink/sync': unavailable,
    };
  return {
    'hubLink/status': ({ locale }) => answered(() => service.status(locale)),
    'hubLink/enrol': ({ address, code, locale }) =>
      answered(() => service.enrol(address, code, locale)),
    'hubLink/send': ({ locale }) => answered(() => service.send(locale)),
    'hubLink/sync': async ({ locale }) => {
      const result = await answered(() => service.sync(locale));
      const version = ctx.deps.followup?.repo.state().version ?? 0;
      if (result.ok && result.value.received > 0) ctx.hub.publish('followup/changed', { version });
      return result;
    },
  };
}
