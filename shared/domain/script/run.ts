import { apply } from '../apply';
import { commandSchema } from '../commands';
import { decide } from '../decide';
import { malformed } from '../dispatch';
import type { MeetingEvent } from '../event';
import type { DomainError } from '../result';
import { emptyState } from '../state/empty';
import type { MeetingState } from '../state/types';
import { meetingScriptSchema, type ScriptTime } from './schema';
import { zoneOfIsoTime } from '../../time';

export type ScriptResult =
  | Readonly<{ ok: true; state: MeetingState; events: readonly MeetingEvent[] }>
  /** index: the failing command's position in `commands`; -1 for the script or its set-up. */
  | Readonly<{ ok: false; index: number; error: DomainError }>;

/** Epoch ms of a script time; ISO strings were checked by the schema, so Date.parse is exact. */
export function scriptTime(t: ScriptTime): number {
  return typeof t === 'number' ? t : Date.parse(t);
}

/**
 * Runs a meeting script from untrusted input: parses it, sets up meeting, roster and agenda,
 * then decides and applies each command. Pure. Stops at the first refused command with its
 * index and typed error, so an import either yields a whole meeting or nothing.
 */
export function runScript(input: unknown, meetingId?: string): ScriptResult {
  const parsed = meetingScriptSchema.safeParse(input);
  if (!parsed.success) return { ok: false, index: -1, error: malformed(parsed.error) };
  const script = parsed.data;
  const setupAt = scriptTime(script.meeting.at);
  // A script that names no zone meant the one its offsets are in ('+08:00' → Asia/Shanghai).
  const timeZone =
    script.meeting.timeZone ??
    (typeof script.meeting.at === 'string' ? zoneOfIsoTime(script.meeting.at) : null) ??
    undefined;
  const setup: unknown[] = [
    { ...script.meeting, type: 'meeting/create', at: setupAt, timeZone },
    ...script.roster.map((m) => ({ ...m, type: 'roster/addMember', at: setupAt })),
    ...script.agenda.map((i) => ({ ...i, type: 'agenda/addItem', at: setupAt })),
  ];
  let state = emptyState(meetingId ?? script.meetingId);
  const events: MeetingEvent[] = [];
  const step = (raw: unknown): DomainError | null => {
    const command = commandSchema.safeParse(raw);
    if (!command.success) return malformed(command.error);
    const decided = decide(state, command.data);
    if (!decided.ok) return decided.error;
    for (const e of decided.value) {
      state = apply(state, e);
      events.push(e);
    }
    return null;
  };
  for (const [i, raw] of setup.entries()) {
    const error = step(raw);
    if (error) return { ok: false, index: -1, error: withParam(error, 'setup', i) };
  }
  for (const [index, c] of script.commands.entries()) {
    const error = step({ ...c, at: scriptTime(c.at) });
    if (error) return { ok: false, index, error };
  }
  return { ok: true, state, events };
}

function withParam(error: DomainError, key: string, value: number): DomainError {
  return { code: error.code, params: { ...error.params, [key]: value } };
}
