import { measuresUsed } from '../../shared/domain/rules';
import type { MeetingState } from './imports';

/** Every invariant the core promises, as a list of violations (empty when all hold). */
export function violations(state: MeetingState): string[] {
  const out: string[] = [];
  for (const id of state.voteOrder) {
    const v = state.votes[id];
    if (!v) {
      out.push(`vote ${id} missing`);
      continue;
    }
    const o = v.outcome;
    if (o) {
      for (const m of measuresUsed(v.preset)) {
        const cast = Object.values(o.counts).reduce((s, t) => s + t[m], 0);
        if (cast > o.present[m])
          out.push(`vote ${id}: ${m} counts ${cast} exceed present ${o.present[m]}`);
        if (o.present[m] > o.members[m]) out.push(`vote ${id}: present exceeds members`);
      }
      if (o.result === 'passed') {
        if (!o.quorum.every((c) => c.met)) out.push(`vote ${id} passed without quorum`);
        if (o.pass.length === 0 || !o.pass.every((c) => c.met))
          out.push(`vote ${id} passed without threshold`);
      }
      if (o.result === 'invalid' && o.quorum.every((c) => c.met))
        out.push(`vote ${id} invalid with quorum`);
    }
    if (v.status === 'open' && state.openVoteId !== id) out.push(`vote ${id} open but not current`);
  }
  if (state.openVoteId !== null && state.votes[state.openVoteId]?.status !== 'open')
    out.push('openVoteId stale');
  for (const [itemId, queue] of Object.entries(state.queues)) {
    const ids = queue.map((q) => q.memberId);
    if (new Set(ids).size !== ids.length) out.push(`queue ${itemId} has duplicates`);
    for (const m of ids)
      if (state.attendance[m]?.status !== 'present') out.push(`queue ${itemId}: ${m} absent`);
  }
  const open = Object.values(state.items)
    .filter((i) => i.status === 'open')
    .map((i) => i.itemId);
  if (open.length > 1) out.push('more than one item open');
  if ((open[0] ?? null) !== state.currentItemId)
    out.push('currentItemId does not match the open item');
  const running = Object.values(state.speeches)
    .flat()
    .filter((s) => s.endedAt === null);
  if (running.length > 1) out.push('more than one speech running');
  if ((running[0]?.speechId ?? null) !== (state.floor?.speechId ?? null))
    out.push('floor does not match the running speech');
  for (const s of Object.values(state.speeches).flat()) {
    if (s.endedAt !== null && s.endedAt < s.startedAt)
      out.push(`speech ${s.speechId} ends before it starts`);
  }
  if (state.memberOrder.length !== Object.keys(state.members).length)
    out.push('memberOrder out of step');
  return out;
}

/** Freezes a state all the way down, so a core that mutated it would throw. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
