import type { EventOf } from '../event';
import type { MeetingState, Vote } from '../state/types';
import { put, without } from './helpers';

type VoteEvents = EventOf<
  | 'vote/opened'
  | 'vote/countsEntered'
  | 'vote/ballotRecorded'
  | 'vote/ballotCast'
  | 'vote/markedVoted'
  | 'vote/closed'
  | 'vote/voided'
  | 'vote/resolutionSet'
  | 'vote/tellersSet'
  | 'action/added'
  | 'action/updated'
>;

function insertSorted(list: readonly string[], id: string): readonly string[] {
  if (list.includes(id)) return list;
  return [...list, id].sort();
}

function change(state: MeetingState, voteId: string, f: (v: Vote) => Vote): MeetingState {
  const vote = state.votes[voteId];
  return vote ? { ...state, votes: put(state.votes, voteId, f(vote)) } : state;
}

/** Applies vote and action-item events. */
export function applyVote(state: MeetingState, e: VoteEvents): MeetingState {
  switch (e.type) {
    case 'vote/opened':
      return {
        ...state,
        votes: put(state.votes, e.voteId, {
          voteId: e.voteId,
          itemId: e.itemId,
          method: e.method,
          question: e.question,
          preset: e.preset,
          options: e.options,
          status: 'open',
          openedAt: e.at,
          closedAt: null,
          counts: null,
          ballots: {},
          deviceBallots: {},
          deviceVoters: [],
          outcome: null,
          resolution: '',
          teller: e.teller ?? '',
          scrutineer: e.scrutineer ?? '',
          voidReason: '',
          voidedAt: null,
        }),
        voteOrder: [...state.voteOrder, e.voteId],
        openVoteId: e.voteId,
      };
    case 'vote/countsEntered':
      return change(state, e.voteId, (v) => ({ ...v, counts: e.counts }));
    case 'vote/ballotRecorded':
      return change(state, e.voteId, (v) => ({
        ...v,
        ballots:
          e.ballot === null ? without(v.ballots, e.memberId) : put(v.ballots, e.memberId, e.ballot),
        // One ballot per member in a roll call: the chair's record replaces the phone's.
        deviceBallots: Object.hasOwn(v.deviceBallots, e.memberId)
          ? without(v.deviceBallots, e.memberId)
          : v.deviceBallots,
      }));
    case 'vote/ballotCast':
      return change(state, e.voteId, (v) => ({
        ...v,
        deviceBallots: put(v.deviceBallots, e.memberId, { choice: e.choice, ballotId: e.ballotId }),
        spentBallots: put(v.spentBallots ?? {}, e.ballotId, e.memberId),
        // …and the phone's replaces the chair's.
        ballots: Object.hasOwn(v.ballots, e.memberId) ? without(v.ballots, e.memberId) : v.ballots,
      }));
    case 'vote/markedVoted':
      // Kept sorted, so the list's order says nothing about who voted when.
      return change(state, e.voteId, (v) => ({
        ...v,
        deviceVoters: insertSorted(v.deviceVoters, e.memberId),
      }));
    case 'vote/closed':
      return {
        ...change(state, e.voteId, (v) => ({
          ...v,
          status: 'closed',
          closedAt: e.at,
          outcome: e.outcome,
          resolution: e.resolution,
        })),
        openVoteId: null,
      };
    case 'vote/voided':
      return {
        ...change(state, e.voteId, (v) => ({
          ...v,
          status: 'voided',
          voidReason: e.reason,
          voidedAt: e.at,
        })),
        openVoteId: state.openVoteId === e.voteId ? null : state.openVoteId,
      };
    case 'vote/resolutionSet':
      return change(state, e.voteId, (v) => ({ ...v, resolution: e.text }));
    case 'vote/tellersSet':
      return change(state, e.voteId, (v) => ({
        ...v,
        teller: e.teller,
        scrutineer: e.scrutineer,
      }));
    case 'action/added':
      return {
        ...state,
        actions: put(state.actions, e.actionId, {
          ...e.details,
          actionId: e.actionId,
          voteId: e.voteId,
          updatedAt: e.at,
        }),
        actionOrder: [...state.actionOrder, e.actionId],
      };
    case 'action/updated': {
      const action = state.actions[e.actionId];
      if (!action) return state;
      return {
        ...state,
        actions: put(state.actions, e.actionId, { ...action, ...e.changes, updatedAt: e.at }),
      };
    }
  }
}
