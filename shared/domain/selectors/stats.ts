import type { MeetingState, Speech } from '../state/types';
import type { Category } from '../vocabulary';
import { elapsedMs } from './speech';

/**
 * Groups for the "voice" share (话语权): did ordinary residents get the floor, or the officials?
 * Stakeholders are residents affected by the matter; owners' committee, property manager and
 * social organisations speak for organisations.
 */
export const VOICE_GROUP: Readonly<Record<Category, VoiceGroup>> = {
  committee: 'officials',
  residentRep: 'residents',
  nonLocalRep: 'residents',
  stakeholder: 'residents',
  socialOrg: 'organisations',
  ownersCommittee: 'organisations',
  propertyManager: 'organisations',
  custom: 'others',
};
export type VoiceGroup = 'officials' | 'residents' | 'organisations' | 'others';
export const VOICE_GROUPS: readonly VoiceGroup[] = [
  'residents',
  'officials',
  'organisations',
  'others',
];

export type Share = Readonly<{ ms: number; speeches: number; permille: number }>;

export type VoiceShares = Readonly<{
  totalMs: number;
  speeches: number;
  byGroup: Readonly<Record<VoiceGroup, Share>>;
  byCategory: Readonly<Partial<Record<Category, Share>>>;
  byMember: readonly Readonly<{ memberId: string; name: string; category: Category } & Share>[];
}>;

/** Spoken time of a speech; a running one counts up to the last recorded moment. */
export function spokenMs(state: MeetingState, s: Speech): number {
  return elapsedMs(s, s.endedAt ?? state.lastAt);
}

/** Every speech in agenda order, optionally of one item. */
export function allSpeeches(state: MeetingState, itemId?: string): readonly Speech[] {
  if (itemId !== undefined) return state.speeches[itemId] ?? [];
  const seen = new Set<string>();
  const out: Speech[] = [];
  for (const id of [...state.agendaOrder, ...Object.keys(state.speeches)]) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(...(state.speeches[id] ?? []));
  }
  return out;
}

/** Per mille of a whole, rounded half up in integers; 0 of nothing. */
function permille(part: number, whole: number): number {
  return whole > 0 ? Math.floor((part * 2000 + whole) / (whole * 2)) : 0;
}

/** Speaking time per person, per category and per group, with per-mille shares of the floor. */
export function voiceShares(state: MeetingState, itemId?: string): VoiceShares {
  const byMember = new Map<string, { ms: number; speeches: number }>();
  let totalMs = 0;
  const speeches = allSpeeches(state, itemId);
  for (const s of speeches) {
    const ms = spokenMs(state, s);
    totalMs += ms;
    const m = byMember.get(s.memberId) ?? { ms: 0, speeches: 0 };
    byMember.set(s.memberId, { ms: m.ms + ms, speeches: m.speeches + 1 });
  }
  const cat: Partial<Record<Category, { ms: number; speeches: number }>> = {};
  const group: Record<VoiceGroup, { ms: number; speeches: number }> = {
    residents: { ms: 0, speeches: 0 },
    officials: { ms: 0, speeches: 0 },
    organisations: { ms: 0, speeches: 0 },
    others: { ms: 0, speeches: 0 },
  };
  const members = [...byMember].map(([memberId, t]) => {
    const member = state.members[memberId];
    const category: Category = member?.category ?? 'custom';
    const c = (cat[category] ??= { ms: 0, speeches: 0 });
    c.ms += t.ms;
    c.speeches += t.speeches;
    const g = group[VOICE_GROUP[category]];
    g.ms += t.ms;
    g.speeches += t.speeches;
    return {
      memberId,
      name: member?.name ?? memberId,
      category,
      ...t,
      permille: permille(t.ms, totalMs),
    };
  });
  const share = (t: { ms: number; speeches: number }): Share => ({
    ...t,
    permille: permille(t.ms, totalMs),
  });
  const byCategory: Partial<Record<Category, Share>> = {};
  for (const [k, t] of Object.entries(cat) as [Category, { ms: number; speeches: number }][]) {
    byCategory[k] = share(t);
  }
  return {
    totalMs,
    speeches: speeches.length,
    byGroup: {
      residents: share(group.residents),
      officials: share(group.officials),
      organisations: share(group.organisations),
      others: share(group.others),
    },
    byCategory,
    byMember: members.sort((a, b) => b.ms - a.ms),
  };
}

/** Time an item spent on the floor, counting an open interval up to the last event. */
export function itemActualMs(state: MeetingState, itemId: string): number {
  const item = state.items[itemId];
  if (!item) return 0;
  let ms = 0;
  for (const i of item.intervals) ms += Math.max(0, (i.to ?? state.lastAt) - i.from);
  return ms;
}
