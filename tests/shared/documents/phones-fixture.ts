import type { MeetingState } from '../../../shared/domain';
import { seedScript, seedState } from './helpers';

// The courtyard seed as if ten members (m03–m12) had come with their phones: they signed in on
// the phone and voted there in all three votes, while the others raised hands, cast paper or
// answered the roll call. The totals are the seed's own (30/2/1, 25/6/2 and the roll call's).

type Command = Record<string, unknown> & { type: string; at: string };

export const PHONE_MEMBERS = ['m03', 'm04', 'm05', 'm06', 'm08', 'm09', 'm10', 'm11', 'm12', 'm13'];

function cast(at: string, voteId: string, memberId: string, choice: string): Command {
  return { at, type: 'vote/cast', voteId, memberId, ballotId: `b-${voteId}-${memberId}`, choice };
}

/** The ten phones' choices on the hands vote v1: 8 yes, 1 no, 1 abstain. */
const V1 = ['yes', 'yes', 'yes', 'no', 'yes', 'yes', 'abstain', 'yes', 'yes', 'yes'];

function withPhones(commands: readonly Command[]): Command[] {
  const out: Command[] = [];
  for (const c of commands) {
    const onPhone = typeof c.memberId === 'string' && PHONE_MEMBERS.includes(c.memberId);
    if (c.type === 'roster/signIn' && onPhone) {
      out.push({ ...c, via: 'device' });
    } else if (
      c.type === 'vote/enterCounts' &&
      out.some((o) => o.voteId === 'v1' && o.type === 'vote/open') &&
      !out.some((o) => o.type === 'vote/close')
    ) {
      PHONE_MEMBERS.forEach((m, i) => out.push(cast(c.at, 'v1', m, V1[i] as string)));
      out.push({ ...c, counts: { yes: { heads: 22 }, no: { heads: 1 }, abstain: { heads: 0 } } });
    } else if (c.type === 'vote/enterCounts') {
      // v2, secret: the ten phones are marked as having voted; their choices go in sealed.
      PHONE_MEMBERS.forEach((m) =>
        out.push({ at: c.at, type: 'vote/markVoted', voteId: 'v2', memberId: m }),
      );
      out.push({ ...c, counts: { yes: { heads: 17 }, no: { heads: 4 }, abstain: { heads: 2 } } });
    } else if (
      c.type === 'vote/close' &&
      out.some((o) => o.type === 'vote/markVoted') &&
      !out.some((o) => o.sealed)
    ) {
      out.push({ ...c, sealed: { yes: { heads: 8 }, no: { heads: 2 }, abstain: { heads: 0 } } });
    } else if (c.type === 'vote/recordBallot' && onPhone) {
      out.push(cast(c.at, 'v3', c.memberId as string, c.ballot as string));
    } else out.push(c);
  }
  return out;
}

/** The courtyard meeting with phones, run to its end. */
export function phonesState(): MeetingState {
  const script = seedScript('courtyard-repairs');
  const commands = withPhones(script.commands as Command[]);
  return seedState('courtyard-repairs', { ...script, commands });
}
