import type { CommandOf } from '../commands';
import { DEFAULT_PRESET, DEFAULT_QUEUE_POLICY, DEFAULT_REQUIRED } from '../defaults';
import { presetById, type RulePreset } from '../rules';
import { fail, type Result, ok } from '../result';
import type { MeetingState } from '../state/types';
import type { BodyKind } from '../vocabulary';
import { canonicalTimeZone, FALLBACK_TIME_ZONE } from '../../time';
import { emit, itemOf, meetingIn, type Decision } from './context';

function pickPreset(
  bodyKind: BodyKind,
  presetId: string | undefined,
  custom: RulePreset | undefined,
): Result<RulePreset> {
  if (custom) return ok(custom);
  const id = presetId ?? DEFAULT_PRESET[bodyKind];
  const preset = presetById(id);
  return preset ? ok(preset) : fail('meeting.unknownPreset', { presetId: id });
}

/** A zone as typed → its canonical IANA name, or 'meeting.unknownTimeZone'. */
function pickTimeZone(timeZone: string): Result<string> {
  const canonical = canonicalTimeZone(timeZone);
  return canonical ? ok(canonical) : fail('meeting.unknownTimeZone', { timeZone });
}

/** Creates the meeting with its full preset copied in, as a draft. */
export function createMeeting(state: MeetingState, c: CommandOf<'meeting/create'>): Decision {
  if (state.meeting !== null) return fail('meeting.alreadyCreated');
  const preset = pickPreset(c.bodyKind, c.presetId, c.customPreset);
  if (!preset.ok) return preset;
  // The console sends the laptop's zone and a script its offsets' zone; a bare API call gets
  // the fallback, recorded so the meeting never depends on the machine that later reads it.
  const timeZone = pickTimeZone(c.timeZone ?? FALLBACK_TIME_ZONE);
  if (!timeZone.ok) return timeZone;
  return emit(state, c, 'meeting/created', {
    details: {
      title: c.title,
      bodyKind: c.bodyKind,
      customBodyKind: c.customBodyKind ?? '',
      date: c.date,
      timeZone: timeZone.value,
      place: c.place ?? '',
      chair: c.chair ?? '',
      recorder: c.recorder ?? '',
      tellers: c.tellers ?? [],
      preset: preset.value,
      requiredCategories: c.requiredCategories ?? DEFAULT_REQUIRED[c.bodyKind],
      queuePolicy: { ...DEFAULT_QUEUE_POLICY, ...c.queuePolicy },
    },
  });
}

/** Edits the details; the preset only before any vote. */
export function updateMeeting(state: MeetingState, c: CommandOf<'meeting/update'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  const m = meeting.value;
  const changesPreset =
    c.presetId !== undefined || c.customPreset !== undefined || c.bodyKind !== undefined;
  let preset: RulePreset | undefined;
  if (changesPreset) {
    // Votes already taken were counted under the old preset; changing it now would rewrite them.
    if (state.voteOrder.length > 0) return fail('meeting.presetLocked');
    const picked = pickPreset(c.bodyKind ?? m.bodyKind, c.presetId, c.customPreset);
    if (!picked.ok) return picked;
    preset = picked.value;
  }
  const timeZone = c.timeZone === undefined ? null : pickTimeZone(c.timeZone);
  if (timeZone && !timeZone.ok) return timeZone;
  const { type: _t, at: _a, presetId: _p, customPreset: _c, queuePolicy, ...rest } = c;
  return emit(state, c, 'meeting/updated', {
    changes: {
      ...rest,
      ...(timeZone ? { timeZone: timeZone.value } : {}),
      ...(preset ? { preset } : {}),
      ...(queuePolicy ? { queuePolicy: { ...m.queuePolicy, ...queuePolicy } } : {}),
    },
  });
}

/** Opens the session: draft → open. */
export function openMeeting(state: MeetingState, c: CommandOf<'meeting/open'>): Decision {
  const meeting = meetingIn(state, ['draft']);
  if (!meeting.ok) return meeting;
  return emit(state, c, 'meeting/opened', {});
}

/** Closing ends a running speech and takes the item off the floor; an open vote must close first. */
export function closeMeeting(state: MeetingState, c: CommandOf<'meeting/close'>): Decision {
  const meeting = meetingIn(state, ['open']);
  if (!meeting.ok) return meeting;
  if (state.openVoteId !== null) return fail('vote.stillOpen', { voteId: state.openVoteId });
  return emit(state, c, 'meeting/closed', {});
}

/** Sets a chair note (meeting-wide or on an item); never shown on the projector. */
export function setNote(state: MeetingState, c: CommandOf<'notes/set'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open', 'closed']);
  if (!meeting.ok) return meeting;
  if (c.itemId !== undefined) {
    const item = itemOf(state, c.itemId);
    if (!item.ok) return item;
  }
  return emit(state, c, 'notes/chairNoteSet', {
    itemId: c.itemId ?? null,
    text: c.text,
    // Only a private note says so: a note for the minutes stays as older journals wrote it.
    ...(c.private ? { private: true as const } : {}),
  });
}

/** Shows a line from the chair on the projector. */
export function setMessage(state: MeetingState, c: CommandOf<'display/setMessage'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open']);
  if (!meeting.ok) return meeting;
  return emit(state, c, 'display/messageSet', { text: c.text });
}

/** Takes the chair's line off the projector. */
export function clearMessage(state: MeetingState, c: CommandOf<'display/clearMessage'>): Decision {
  const meeting = meetingIn(state, ['draft', 'open', 'closed']);
  if (!meeting.ok) return meeting;
  if (state.display === null) return fail('display.nothingShown');
  return emit(state, c, 'display/messageCleared', {});
}
