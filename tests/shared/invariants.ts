import { measuresUsed } from '../../shared/domain/rules';
import type { ConditionCheck, Tally } from '../../shared/domain/rules/types';
import type { MeetingState } from './imports';

type Outcome = NonNullable<MeetingState['votes'][string]['outcome']>;

/** An independent oracle for one threshold: exact rationals in BigInt, no shared code. */
function oracleMet(c: ConditionCheck): boolean {
  if (c.base <= 0) return false;
  const counted = BigInt(c.counted) * BigInt(c.fraction.den);
  const needed = BigInt(c.base) * BigInt(c.fraction.num);
  return c.comparator === 'gt' ? counted > needed : counted >= needed;
}

const sum = (tallies: readonly Tally[], m: keyof Tally) => tallies.reduce((s, t) => s + t[m], 0);

/**
 * Re-derives a closed yes/no vote's checks from its recorded counts and bases, so "a passed vote
 * met quorum and threshold" is checked against the rule itself, not the core's own flags.
 */
function recheck(id: string, o: Outcome, abstentionsAreCast: boolean): string[] {
  const out: string[] = [];
  const c = (key: string) => o.counts[key] ?? { heads: 0, households: 0, area: 0 };
  const participating = [c('yes'), c('no'), c('abstain')];
  const cast = abstentionsAreCast ? participating : [c('yes'), c('no')];
  for (const q of o.quorum) {
    if (q.base !== o.members[q.measure]) out.push(`vote ${id}: quorum base is not the members`);
    const counted =
      q.countedKind === 'participating' ? sum(participating, q.measure) : o.present[q.measure];
    if (q.counted !== counted) out.push(`vote ${id}: quorum counted ${q.counted} ≠ ${counted}`);
  }
  for (const p of o.pass) {
    if (p.counted !== c('yes')[p.measure]) out.push(`vote ${id}: pass counted is not the yes`);
    const base = {
      members: o.members[p.measure],
      present: o.present[p.measure],
      participating: sum(participating, p.measure),
      votesCast: sum(cast, p.measure),
    }[p.baseKind as 'members' | 'present' | 'participating' | 'votesCast'];
    if (p.base !== base) out.push(`vote ${id}: pass base ${p.base} ≠ ${p.baseKind} ${base}`);
  }
  const quorumMet = o.quorum.every(oracleMet);
  const passMet = o.pass.length > 0 && o.pass.every(oracleMet);
  const expected = !quorumMet ? 'invalid' : passMet ? 'passed' : 'failed';
  if (o.result !== expected) out.push(`vote ${id}: ${o.result}, the rule says ${expected}`);
  return out;
}

type Vote = MeetingState['votes'][string];

/** Issue 16: one ballot per member, a secret vote's voters sorted, the phones' share within the total. */
function deviceViolations(id: string, v: Vote): string[] {
  const out: string[] = [];
  for (const memberId of Object.keys(v.deviceBallots)) {
    if (Object.hasOwn(v.ballots, memberId)) out.push(`vote ${id}: ${memberId} has two ballots`);
  }
  if (v.method === 'secret' && Object.keys(v.deviceBallots).length > 0)
    out.push(`vote ${id}: a secret choice is in the record`);
  const sorted = [...new Set(v.deviceVoters)].sort();
  if (JSON.stringify(sorted) !== JSON.stringify(v.deviceVoters))
    out.push(`vote ${id}: deviceVoters not sorted and unique`);
  const o = v.outcome;
  for (const [key, t] of Object.entries(o?.device ?? {})) {
    const total = o?.counts[key];
    if (!total || t.heads > total.heads) out.push(`vote ${id}: device share above total (${key})`);
  }
  return out;
}

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
      if (v.method === 'hands' || v.method === 'rollCall' || v.method === 'secret')
        out.push(...recheck(id, o, v.preset.abstentionsAreCast));
      if (o.result === 'passed') {
        if (!o.quorum.every((c) => c.met)) out.push(`vote ${id} passed without quorum`);
        if (o.pass.length === 0 || !o.pass.every((c) => c.met))
          out.push(`vote ${id} passed without threshold`);
      }
      if (o.result === 'invalid' && o.quorum.every((c) => c.met))
        out.push(`vote ${id} invalid with quorum`);
    }
    if (v.status === 'open' && state.openVoteId !== id) out.push(`vote ${id} open but not current`);
    out.push(...deviceViolations(id, v));
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
