import type { FollowupCommand } from './commands';
import {
  completeItem,
  dropItem,
  evaluateItem,
  importItem,
  noteProgress,
  startItem,
  updateItem,
} from './decide-item';
import { closeTopic, raiseTopic, routeTopic, scheduleTopic, triageTopic } from './decide-topic';
import type { FollowupDecision } from './emit';
import { fail } from './errors';
import type { FollowupState } from './state';

/**
 * Validates a follow-up command against the registry and returns the event it becomes, or a
 * typed rejection. Pure: same state and command, same answer; the state is untouched.
 */
export function decideFollowup(s: FollowupState, c: FollowupCommand): FollowupDecision {
  if (c.at < s.lastAt) return fail('command.timeWentBack', { at: c.at, lastAt: s.lastAt });
  switch (c.type) {
    case 'topic/raise':
      return raiseTopic(s, c);
    case 'topic/triage':
      return triageTopic(s, c);
    case 'topic/route':
      return routeTopic(s, c);
    case 'topic/schedule':
      return scheduleTopic(s, c);
    case 'topic/close':
      return closeTopic(s, c);
    case 'actionItem/import':
      return importItem(s, c);
    case 'actionItem/update':
      return updateItem(s, c);
    case 'actionItem/start':
      return startItem(s, c);
    case 'actionItem/noteProgress':
      return noteProgress(s, c);
    case 'actionItem/complete':
      return completeItem(s, c);
    case 'actionItem/drop':
      return dropItem(s, c);
    case 'actionItem/evaluate':
      return evaluateItem(s, c);
  }
}
