import { apiError, type Result } from '../../../shared/api';
import { countKeys, tallyOf, type CommandInput } from '../../../shared/domain';
import { domainError } from '../../../shared/domain/result';
import type { Caller } from '../gate';
import type { AreaHandlers } from './area';
import type { HandlerContext } from './context';
import { dispatchMeeting } from './meeting';

type Channel =
  'participant/signIn' | 'participant/requestFloor' | 'participant/withdraw' | 'participant/vote';

type Member = Readonly<{ meetingId: string; memberId: string }>;

const deviceUnknown = { ok: false, error: apiError('room.deviceUnknown') } as const;

/**
 * A member's own phone. The member is the one the socket's device key was issued to, looked up
 * again on every request (a released or rotated key stops working at once); nothing in the
 * payload names a member. Each request becomes the same core command the chair's click makes.
 */
export function participantHandlers(ctx: HandlerContext): AreaHandlers<Channel> {
  const as = async (
    caller: Caller,
    command: (member: Member) => CommandInput,
  ): Promise<Result<{ saved: boolean }>> => {
    const member = ctx.room.deviceOf(caller.deviceKey ?? '');
    if (!member) return deviceUnknown;
    const result = await dispatchMeeting(ctx, member.meetingId, command(member), { phone: true });
    return result.ok ? { ok: true, value: { saved: result.value.saved } } : result;
  };
  return {
    'participant/signIn': (_request, caller) =>
      as(caller, ({ memberId }) => ({ type: 'roster/signIn', memberId, via: 'device' })),
    'participant/requestFloor': ({ stance, pointOfOrder }, caller) =>
      as(caller, ({ memberId }) => ({
        type: 'queue/request',
        memberId,
        ...(stance === undefined ? {} : { stance }),
        ...(pointOfOrder === undefined ? {} : { pointOfOrder }),
      })),
    'participant/withdraw': (_request, caller) =>
      as(caller, ({ memberId }) => ({ type: 'queue/withdraw', memberId })),
    'participant/vote': async ({ voteId, ballotId, choice }, caller) => {
      const member = ctx.room.deviceOf(caller.deviceKey ?? '');
      if (!member) return deviceUnknown;
      const state = await ctx.meetings.load(member.meetingId);
      const vote = state?.votes[voteId];
      if (!vote) return { ok: false, error: apiError('room.unknownVote') };
      const result =
        vote.method === 'secret'
          ? await secretBallot(ctx, member, { voteId, ballotId, choice })
          : await dispatchMeeting(
              ctx,
              member.meetingId,
              { type: 'vote/cast', voteId, memberId: member.memberId, ballotId, choice },
              { phone: true },
            );
      return result.ok ? { ok: true, value: { counted: true } } : result;
    },
  };
}

type Ballot = Readonly<{ voteId: string; ballotId: string; choice: string }>;

/**
 * A secret ballot from a phone: the choice goes into the ballot box (on disk) and only then is
 * the member marked as having voted, both inside the meeting's lane. The record gets the mark,
 * never the choice. A ballot can't be changed once cast (like paper); the same ballotId sent
 * again (a phone reconnecting) is answered as counted, once.
 */
async function secretBallot(
  ctx: HandlerContext,
  { meetingId, memberId }: Member,
  { voteId, ballotId, choice }: Ballot,
): Promise<Result<unknown>> {
  const boxes = ctx.room.boxes;
  let replay = false;
  const result = await dispatchMeeting(
    ctx,
    meetingId,
    { type: 'vote/markVoted', voteId, memberId },
    {
      prepare: async (state, command) => {
        const vote = state.votes[voteId];
        const member = state.members[memberId];
        if (!vote || !member) return { ok: false, error: apiError('room.unknownVote') };
        if (await boxes.hasVoted(meetingId, voteId, memberId)) {
          replay = await boxes.spent(meetingId, voteId, ballotId);
          return { ok: false, error: domainError('vote.alreadyVoted', { name: member.name }) };
        }
        if (!countKeys(vote).includes(choice)) {
          return { ok: false, error: domainError('vote.unknownCountKey', { key: choice }) };
        }
        return { ok: true, value: command };
      },
      phone: true,
      beforeWrite: async () => {
        const member = ctx.meetings.peek(meetingId)?.members[memberId];
        const weight = tallyOf(member ? [member] : []);
        await boxes.put(meetingId, voteId, { memberId, ballotId, choice, weight });
      },
    },
  );
  return !result.ok && replay ? { ok: true, value: null } : result;
}
