import { parseWith } from '../domain/dispatch';
import { dispatchWith, type Dispatched } from '../kernel/core';
import { applyFollowup, foldFollowup } from './apply';
import { followupCommandSchema } from './commands';
import { decideFollowup } from './decide';
import type { FollowupEvent } from './events';
import { emptyFollowup, type FollowupState } from './state';

export type FollowupDispatchResult = Dispatched<FollowupState, FollowupEvent>;

/**
 * Parses anything as a follow-up command, decides and applies it. Never throws: garbage is
 * 'command.malformed', a refusal its typed error, and in both cases the state is untouched.
 */
export const dispatchFollowup: (state: FollowupState, input: unknown) => FollowupDispatchResult =
  dispatchWith({
    parse: parseWith(followupCommandSchema),
    decide: decideFollowup,
    apply: applyFollowup,
  });

/**
 * Rebuilds the registry from its events (linear in their number: `foldFollowup` copies the
 * containers once, where the kernel's one-event-at-a-time replay would copy them per event).
 */
export function replayFollowup(events: readonly FollowupEvent[]): FollowupState {
  return foldFollowup(emptyFollowup(), events);
}
