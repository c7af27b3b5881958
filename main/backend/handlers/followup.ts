import { apiError, type Result } from '../../../shared/api';
import { followupHandlers } from '../../followup/handlers';
import type { AreaHandlers } from './area';
import type { HandlerContext } from './context';
import { dispatchMeeting } from './meeting';

type Channel =
  | 'followup/state'
  | 'followup/board'
  | 'followup/dispatch'
  | 'followup/importMeeting'
  | 'followup/putOnAgenda'
  | 'followup/evaluate'
  | 'followup/exportNotice'
  | 'followup/satisfactionVotes';

const unavailable = () =>
  Promise.resolve({ ok: false as const, error: apiError('followup.unavailable') });

/** Every follow-up channel refused: the registry is not configured (tests of other layers). */
const refused: AreaHandlers<Channel> = {
  'followup/state': unavailable,
  'followup/board': unavailable,
  'followup/dispatch': unavailable,
  'followup/importMeeting': unavailable,
  'followup/putOnAgenda': unavailable,
  'followup/evaluate': unavailable,
  'followup/exportNotice': unavailable,
  'followup/satisfactionVotes': unavailable,
};

/**
 * The follow-up registry across meetings: the same gate, the meeting path for agenda changes,
 * and a push after every change so each open board fetches again.
 */
export function followupAreaHandlers(ctx: HandlerContext): AreaHandlers<Channel> {
  const { deps, hub, meetings } = ctx;
  if (!deps.followup) return refused;
  const { repo, dataDir } = deps.followup;
  const followup = followupHandlers({
    repo,
    dataDir,
    ...(deps.signing ? { identity: deps.signing.identity } : {}),
    clock: deps.clock,
    meetingState: (meetingId) => meetings.load(meetingId),
    dispatchMeeting: (meetingId, command) => dispatchMeeting(ctx, meetingId, command),
  });
  const announce = <T>(result: Result<T>): Result<T> => {
    if (result.ok) hub.publish('followup/changed', { version: repo.state().version });
    return result;
  };
  return {
    'followup/state': followup['followup/state'],
    'followup/board': followup['followup/board'],
    'followup/exportNotice': followup['followup/exportNotice'],
    'followup/satisfactionVotes': followup['followup/satisfactionVotes'],
    'followup/dispatch': async (request) => announce(await followup['followup/dispatch'](request)),
    'followup/importMeeting': async (request) =>
      announce(await followup['followup/importMeeting'](request)),
    'followup/putOnAgenda': async (request) =>
      announce(await followup['followup/putOnAgenda'](request)),
    'followup/evaluate': async (request) => announce(await followup['followup/evaluate'](request)),
  };
}
