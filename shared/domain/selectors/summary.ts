import type { ConditionCheck, Tally } from '../rules';
import type { MeetingState } from '../state/types';
import type { Category, VoteMethod } from '../vocabulary';
import { attendanceSummary, composition } from './attendance';
import { durationMs, overrunMs } from './speech';
import { allSpeeches, itemActualMs, spokenMs, voiceShares, type VoiceShares } from './stats';

/** One vote as the replay summary and the minutes list it. */
export type VoteSummary = Readonly<{
  voteId: string;
  itemId: string;
  itemTitle: string;
  question: string;
  method: VoteMethod;
  status: 'open' | 'closed' | 'voided';
  presetId: string;
  /** Counts by key (yes/no/abstain, options, satisfaction), in every measure. */
  counts: Readonly<Record<string, Tally>> | null;
  /** The frozen base: members (应到) and present (到会) when the vote closed. */
  members: Tally | null;
  present: Tally | null;
  /** The conditions applied, with numbers: the threshold and its base, met or not. */
  quorum: readonly ConditionCheck[];
  pass: readonly ConditionCheck[];
  result: 'passed' | 'failed' | 'invalid' | 'evaluated' | null;
  invalidReason: string | null;
  winner: string | null;
  satisfactionPermille: number | null;
  resolution: string;
  voidReason: string;
}>;

export type SpeechSummary = Readonly<{
  speechId: string;
  itemId: string;
  memberId: string;
  name: string;
  category: Category;
  startedAt: number;
  endedAt: number | null;
  durationMs: number;
  overrunMs: number;
}>;

/** What `yishiting replay` prints and the minutes draw on: plain data, no words. */
export type MeetingSummaryData = Readonly<{
  meetingId: string;
  version: number;
  title: string;
  date: string;
  status: 'draft' | 'open' | 'closed' | null;
  presetId: string | null;
  attendance: Readonly<{
    expected: number;
    present: number;
    excused: number;
    absent: number;
    observersPresent: number;
    quorumMet: boolean | null;
    /** Voting members who signed in at any time. */
    attended: number;
    missingCategories: readonly Category[];
  }>;
  items: readonly Readonly<{
    itemId: string;
    title: string;
    status: string;
    plannedMin: number;
    actualMs: number;
    urgent: boolean;
  }>[];
  votes: readonly VoteSummary[];
  speeches: readonly SpeechSummary[];
  voice: VoiceShares;
  actions: readonly Readonly<{
    actionId: string;
    voteId: string;
    title: string;
    owner: string;
    budget: number;
    deadline: string;
    status: string;
  }>[];
}>;

/** The pure summary of a meeting: attendance, each vote's working, speeches, voice shares. */
export function summarize(state: MeetingState): MeetingSummaryData {
  const att = attendanceSummary(state);
  const attended = state.memberOrder.filter(
    (id) =>
      state.members[id]?.role === 'member' && (state.attendance[id]?.intervals.length ?? 0) > 0,
  ).length;
  return {
    meetingId: state.meetingId,
    version: state.version,
    title: state.meeting?.title ?? '',
    date: state.meeting?.date ?? '',
    status: state.meeting?.status ?? null,
    presetId: state.meeting?.preset.id ?? null,
    attendance: {
      expected: att.expected,
      present: att.present,
      excused: att.excused,
      absent: att.absent,
      observersPresent: att.observersPresent,
      quorumMet: att.quorum?.met ?? null,
      attended,
      missingCategories: composition(state).missing,
    },
    items: state.agendaOrder.flatMap((id) => {
      const item = state.items[id];
      if (!item) return [];
      const { itemId, title, status, plannedMin, urgent } = item;
      return [{ itemId, title, status, plannedMin, urgent, actualMs: itemActualMs(state, id) }];
    }),
    votes: state.voteOrder.flatMap((id) => {
      const v = state.votes[id];
      if (!v) return [];
      const o = v.outcome;
      return [
        {
          voteId: v.voteId,
          itemId: v.itemId,
          itemTitle: state.items[v.itemId]?.title ?? '',
          question: v.question,
          method: v.method,
          status: v.status,
          presetId: v.preset.id,
          counts: o?.counts ?? v.counts,
          members: o?.members ?? null,
          present: o?.present ?? null,
          quorum: o?.quorum ?? [],
          pass: o?.pass ?? [],
          result: o?.result ?? null,
          invalidReason: o?.invalidReason ?? null,
          winner: o?.winner ?? null,
          satisfactionPermille: o?.satisfactionPermille ?? null,
          resolution: v.resolution,
          voidReason: v.voidReason,
        },
      ];
    }),
    speeches: allSpeeches(state).map((s) => {
      const member = state.members[s.memberId];
      return {
        speechId: s.speechId,
        itemId: s.itemId,
        memberId: s.memberId,
        name: member?.name ?? s.memberId,
        category: member?.category ?? 'custom',
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        durationMs: s.endedAt === null ? spokenMs(state, s) : durationMs(s),
        overrunMs: overrunMs(s, s.endedAt ?? state.lastAt),
      };
    }),
    voice: voiceShares(state),
    actions: state.actionOrder.flatMap((id) => {
      const a = state.actions[id];
      return a
        ? [
            {
              actionId: a.actionId,
              voteId: a.voteId,
              title: a.title,
              owner: a.owner,
              budget: a.budget,
              deadline: a.deadline,
              status: a.status,
            },
          ]
        : [];
    }),
  };
}
