import type { z } from 'zod';
import { apply } from './apply';
import { commandSchema } from './commands';
import { CONTROL_CHARACTER } from './commands/text';
import { decide } from './decide';
import type { MeetingEvent } from './event';
import { domainError, type DomainError } from './result';
import { emptyState } from './state/empty';
import type { MeetingState } from './state/types';

export type DispatchResult =
  | Readonly<{ ok: true; state: MeetingState; events: readonly MeetingEvent[] }>
  | Readonly<{ ok: false; error: DomainError }>;

/**
 * The errors a command's schema has its own words for: a control character in typed text, and a
 * bad row of a roster import named by its 1-based row, the way the chair counts them. `path` is
 * the issue's path inside the command. Null for any other issue (a plain malformed command).
 */
export function commandIssueError(
  issue: z.core.$ZodIssue,
  path: readonly PropertyKey[],
): DomainError | null {
  const row = path[0] === 'members' && typeof path[1] === 'number' ? path[1] + 1 : null;
  if (row !== null) {
    return domainError('roster.importRowInvalid', {
      row,
      field: path.slice(2).map(String).join('.'),
      issue: issue.code === 'custom' ? issue.message : issue.code,
    });
  }
  if (issue.code === 'custom' && issue.message === CONTROL_CHARACTER) {
    return domainError('command.controlCharacter', { path: path.map(String).join('.') });
  }
  return null;
}

/** The first zod issue as a typed error: where (dotted path) and what kind of problem. */
export function malformed(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  if (!issue) return domainError('command.malformed', { path: '', issue: 'invalid' });
  return (
    commandIssueError(issue, issue.path) ??
    domainError('command.malformed', { path: issue.path.map(String).join('.'), issue: issue.code })
  );
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
