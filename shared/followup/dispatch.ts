import { malformed } from '../domain/dispatch';
import type { DomainError } from '../domain/result';
import { applyFollowup, foldFollowup } from './apply';
import { followupCommandSchema } from './commands';
import { decideFollowup } from './decide';
import { followupError } from './errors';
import type { FollowupEvent } from './events';
import { emptyFollowup, type FollowupState } from './state';

export type FollowupDispatchResult =
  | Readonly<{ ok: true; state: FollowupState; events: readonly FollowupEvent[] }>
  | Readonly<{ ok: false; error: DomainError }>;

/**
 * Parses anything as a follow-up command, decides and applies it. Never throws: garbage is
 * 'command.malformed', a refusal its typed error, and in both cases the state is untouched.
 */
export function dispatchFollowup(state: FollowupState, input: unknown): FollowupDispatchResult {
  try {
    const parsed = followupCommandSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: malformed(parsed.error) };
    const decided = decideFollowup(state, parsed.data);
    if (!decided.ok) return { ok: false, error: decided.error };
    let next = state;
    for (const event of decided.value) next = applyFollowup(next, event);
    return { ok: true, state: next, events: decided.value };
  } catch (cause) {
    return { ok: false, error: followupError('command.failed', { message: String(cause) }) };
  }
}

/** Rebuilds the registry from its events (linear in their number). */
export function replayFollowup(events: readonly FollowupEvent[]): FollowupState {
  return foldFollowup(emptyFollowup(), events);
}
