import type { z } from 'zod';
import { apply } from './apply';
import { commandSchema } from './commands';
import { CONTROL_CHARACTER } from './commands/text';
import { decide } from './decide';
import type { MeetingEvent } from './event';
import { dispatchWith, replayWith, type Dispatched } from '../kernel/core';
import { domainError, ok, type DomainError, type Result } from './result';
import { emptyState } from './state/empty';
import type { MeetingState } from './state/types';

export type DispatchResult = Dispatched<MeetingState, MeetingEvent>;

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

/** Anything → a meeting command, or 'command.malformed' with the core's own words where it has them. */
export function parseWith<C>(schema: z.ZodType<C, unknown>): (input: unknown) => Result<C> {
  return (input) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? ok(parsed.data) : { ok: false, error: malformed(parsed.error) };
  };
}

/**
 * Parses anything as a command, decides it and applies its events. Never throws, whatever the
 * input: a malformed command is 'command.malformed', a refused one its typed error, and in both
 * cases the state is untouched (the kernel's `dispatchWith`).
 */
export const dispatch: (state: MeetingState, input: unknown) => DispatchResult = dispatchWith({
  parse: parseWith(commandSchema),
  decide,
  apply,
});

/** Rebuilds a meeting from its events. */
export function replay(meetingId: string, events: readonly MeetingEvent[]): MeetingState {
  return replayWith(emptyState(meetingId), events, apply);
}

/**
 * `replay` continued: the state of the events before these, with these applied. Equal to the
 * replay of all of them, since each event is applied to the state the ones before it left.
 */
export function resume(state: MeetingState, events: readonly MeetingEvent[]): MeetingState {
  return replayWith(state, events, apply);
}
