import {
  dispatch,
  type DomainError,
  type MeetingState,
  type VoteResult,
} from '../../../../shared/domain';
import { derive } from '../../store/derived';

export type VotePreview =
  Readonly<{ ok: true; outcome: VoteResult }> | Readonly<{ ok: false; error: DomainError }> | null;

/**
 * What the core would decide if the open vote closed now: live tallies, the threshold applied to
 * them and the would-be result. The renderer computes none of it; it asks the pure core, the same
 * function main runs, on its copy of the state (a dry run: nothing is sent or stored).
 */
export function votePreview(state: MeetingState): VotePreview {
  return derive(state, 'votePreview', (s) => {
    if (s.openVoteId === null) return null;
    const result = dispatch(s, { type: 'vote/close', at: s.lastAt });
    if (!result.ok) return { ok: false, error: result.error };
    const event = result.events.find((e) => e.type === 'vote/closed');
    return event && event.type === 'vote/closed' ? { ok: true, outcome: event.outcome } : null;
  });
}
