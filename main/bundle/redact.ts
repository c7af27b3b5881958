import type { MeetingEvent, MeetingState, Member } from '../../shared/domain';

// What never leaves the laptop in a bundle, decided here once for the journal and the state:
//   - members' phones (Member.phone: private to the chair, see shared/domain/state/types.ts);
//   - the chair's private notes (notes/chairNoteSet with `private`: never printed);
//   - the undo steps, which keep copies of earlier values (a phone, a private note) to restore.
// Everything else is the public record the minutes and notices are made from. The journal keeps
// every event and its seq (a private note's event stays, with its text emptied), so the bundle's
// journal replays and its count matches the laptop's; state.json is the public state of that
// replay, which readBundle recomputes (read.ts) so a bundle cannot say one thing twice.

function withoutPhone<M extends Partial<Member>>(member: M): Omit<M, 'phone'> {
  const { phone: _phone, ...rest } = member;
  return rest;
}

/** One event as it may leave the laptop. */
export function publicEvent(event: MeetingEvent): MeetingEvent {
  switch (event.type) {
    case 'roster/memberAdded':
      return { ...event, member: withoutPhone(event.member) };
    case 'roster/membersImported':
      return { ...event, members: event.members.map(withoutPhone) };
    case 'roster/memberUpdated':
      return { ...event, changes: withoutPhone(event.changes) };
    case 'notes/chairNoteSet':
      return event.private ? { ...event, text: '' } : event;
    default:
      return event;
  }
}

export function publicEvents(events: readonly MeetingEvent[]): MeetingEvent[] {
  return events.map(publicEvent);
}

/** The state as it may leave the laptop: no phone, no private note, no undo steps. */
export function publicState(state: MeetingState): MeetingState {
  const members = Object.fromEntries(
    Object.entries(state.members).map(([id, member]) => [id, withoutPhone(member)]),
  );
  return { ...state, members, privateNotes: { meeting: '', items: {} }, undo: [] };
}

/** Why an event may not be in a bundle (a phone, a private note's text), or null. */
export function privateContent(event: MeetingEvent): string | null {
  const hasPhone = (m: Partial<Member>) => m.phone !== undefined;
  switch (event.type) {
    case 'roster/memberAdded':
      return hasPhone(event.member) ? 'phone' : null;
    case 'roster/membersImported':
      return event.members.some(hasPhone) ? 'phone' : null;
    case 'roster/memberUpdated':
      return hasPhone(event.changes) ? 'phone' : null;
    case 'notes/chairNoteSet':
      return event.private && event.text !== '' ? 'privateNote' : null;
    default:
      return null;
  }
}
