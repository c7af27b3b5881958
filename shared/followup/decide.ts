import { decideBy, type DecideTable } from '../kernel/core';
import type { FollowupCommand } from './commands';
import {
  completeItem,
  dropItem,
  evaluateItem,
  importItem,
  noteProgress,
  receiveSupervision,
  startItem,
  updateItem,
} from './decide-item';
import { closeTopic, raiseTopic, routeTopic, scheduleTopic, triageTopic } from './decide-topic';
import type { FollowupDecision } from './emit';
import type { FollowupEvent } from './events';
import type { FollowupState } from './state';

/** One decide function per command; the compiler checks every command type has exactly one. */
const table: DecideTable<FollowupState, FollowupCommand, FollowupEvent> = {
  'topic/raise': raiseTopic,
  'topic/triage': triageTopic,
  'topic/route': routeTopic,
  'topic/schedule': scheduleTopic,
  'topic/close': closeTopic,
  'actionItem/import': importItem,
  'actionItem/update': updateItem,
  'actionItem/start': startItem,
  'actionItem/noteProgress': noteProgress,
  'actionItem/complete': completeItem,
  'actionItem/drop': dropItem,
  'actionItem/evaluate': evaluateItem,
  'actionItem/receiveSupervision': receiveSupervision,
};

/**
 * Validates a follow-up command against the registry and returns the event it becomes, or a
 * typed rejection. Pure: same state and command, same answer; the state is untouched.
 */
export const decideFollowup: (s: FollowupState, c: FollowupCommand) => FollowupDecision =
  decideBy(table);
