import type { z } from 'zod';
import { apply } from './apply';
import { commandSchema } from './commands';
import { decide } from './decide';
import type { MeetingEvent } from './event';
import { domainError, type DomainError } from './result';
import { emptyState } from './state/empty';
import type { MeetingState } from './state/types';

export type DispatchResult =
  | Readonly<{ ok: true; state: MeetingState; events: readonly MeetingEvent[] }>
  | Readonly<{ ok: false; error: DomainError }>;

/** The first zod issue as error params: where (dotted path) and what kind of problem. */
export function malformed(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  return domainError('command.malformed', { path, issue: issue?.code ?? 'invalid' });
}

/**
 * Parses anything as a command, decides it and applies its events. Never throws, whatever the
 * input: a malformed command is 'command.malformed', a refused one its typed error, and in both
 * cases the state is untouched. An exception here would be a bug; it is reported as
 * 'command.failed' rather than crashing the meeting in the room.
 */
export function dispatch(state: MeetingState, input: unknown): DispatchResult {
  try {
    const parsed = commandSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: malformed(parsed.error) };
    const decided = decide(state, parsed.data);
    if (!decided.ok) return { ok: false, error: decided.error };
    let next = state;
    for (const event of decided.value) next = apply(next, event);
    return { ok: true, state: next, events: decided.value };
  } catch (cause) {
    return { ok: false, error: domainError('command.failed', { message: String(cause) }) };
  }
}

/** Rebuilds a meeting from its events. */
export function replay(meetingId: string, events: readonly MeetingEvent[]): MeetingState {
  let state = emptyState(meetingId);
  for (const event of events) state = apply(state, event);
  return state;
}
