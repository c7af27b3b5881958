import {
  dispatch,
  type DomainError,
  type MeetingState,
  type VoteResult,
} from '../../../../shared/domain';

export type VotePreview =
  Readonly<{ ok: true; outcome: VoteResult }> | Readonly<{ ok: false; error: DomainError }> | null;

/** The parts of a state that closing a vote reads (decide/vote-close.ts): its only inputs. */
const closeInputs = (state: MeetingState) =>
  [
    state.meeting,
    state.openVoteId,
    state.votes,
    state.members,
    state.memberOrder,
    state.attendance,
  ] as const;

type Kept = Readonly<{ inputs: ReturnType<typeof closeInputs>; value: VotePreview }>;

/**
 * Previews by the votes record they were made from. Events replace only what they change, so a
 * step that touches none of a close's inputs (an announcement, a speaker, the clock) keeps the
 * preview: during a room's ballot storm the chair's clicks do not close 500 ballots again each.
 */
const kept = new WeakMap<MeetingState['votes'], Kept>();

/**
 * What the core would decide if the open vote closed now: live tallies, the threshold applied to
 * them and the would-be result. The renderer computes none of it; it asks the pure core, the same
 * function main runs, on its copy of the state (a dry run: nothing is sent or stored).
 */
export function votePreview(state: MeetingState): VotePreview {
  const inputs = closeInputs(state);
  const last = kept.get(state.votes);
  if (last && last.inputs.every((part, i) => part === inputs[i])) return last.value;
  const value = closeNow(state);
  kept.set(state.votes, { inputs, value });
  return value;
}

function closeNow(state: MeetingState): VotePreview {
  if (state.openVoteId === null) return null;
  const result = dispatch(state, { type: 'vote/close', at: state.lastAt });
  if (!result.ok) return { ok: false, error: result.error };
  const event = result.events.find((e) => e.type === 'vote/closed');
  return event && event.type === 'vote/closed' ? { ok: true, outcome: event.outcome } : null;
}
