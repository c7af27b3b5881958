import type { ConditionCheck, RulePreset, Tally } from '../rules';
import type {
  ActionStatus,
  AttendanceStatus,
  Ballot,
  BodyKind,
  Category,
  ItemStatus,
  MeetingStatus,
  Role,
  Stage,
  Stance,
  Triage,
  Via,
  VoteMethod,
  VoteStatus,
} from '../vocabulary';

/** How the speaker queue orders new requests and picks the next speaker. */
export type QueuePolicy = Readonly<{
  /** Those who have not yet spoken on the item go before repeat speakers. */
  firstTimeFirst: boolean;
  /** Among equals, the one with the least speaking time on the item goes first. */
  leastTimeFirst: boolean;
  /** Call next prefers a stance opposite to the last speech's (pro/contra debate). */
  alternateStances: boolean;
  /** Default limit per speech in seconds; 0 means no limit. */
  speechLimitSec: number;
}>;

/** The meeting's details, fixed at creation and editable while it is a draft. */
export type MeetingInfo = Readonly<{
  title: string;
  bodyKind: BodyKind;
  /** Name of the body when bodyKind is 'custom'. */
  customBodyKind: string;
  /** Calendar date 'YYYY-MM-DD' (local). */
  date: string;
  /** IANA zone every time of the meeting is printed and shown in (shared/time). */
  timeZone: string;
  place: string;
  chair: string;
  recorder: string;
  tellers: readonly string[];
  /** The full preset, copied so the meeting stays valid when presets change later. */
  preset: RulePreset;
  requiredCategories: readonly Category[];
  queuePolicy: QueuePolicy;
  status: MeetingStatus;
  createdAt: number;
  openedAt: number | null;
  closedAt: number | null;
}>;

export type Member = Readonly<{
  memberId: string;
  name: string;
  role: Role;
  category: Category;
  /** Label of a 'custom' category. */
  customCategory: string;
  /** Household identifier, for presets that count households. */
  household: string;
  /** Floor area in 0.01 m², for owners' presets. */
  area: number;
  /** Where they come from (building, group, organisation): printed in the roster. */
  affiliation: string;
  /**
   * Contact phone, private to the chair: never on the projector, the LAN display, a notice or the
   * minutes; on the sign-in sheet only when the chair asks. Absent when none was given (and in
   * journals written before members had one).
   */
  phone?: string;
}>;

/** Open interval when `out` is null. */
export type Interval = Readonly<{ from: number; to: number | null }>;

export type Attendance = Readonly<{
  status: AttendanceStatus;
  intervals: readonly Interval[];
  excuseReason: string;
  /** How the current sign-in was made; absent (older journals, or never signed in) = the chair. */
  via?: Via;
}>;

export type AgendaItem = Readonly<{
  itemId: string;
  title: string;
  description: string;
  triage: Triage;
  stage: Stage;
  presenter: string;
  plannedMin: number;
  /** Added during the meeting (紧急事项). */
  urgent: boolean;
  status: ItemStatus;
  /** When the item was on the floor; actual time is their sum. */
  intervals: readonly Interval[];
  /** Chair's private note: never on the projector. */
  chairNote: string;
}>;

export type QueueEntry = Readonly<{
  memberId: string;
  stance: Stance;
  pointOfOrder: boolean;
  requestedAt: number;
}>;

export type Speech = Readonly<{
  speechId: string;
  itemId: string;
  memberId: string;
  stance: Stance;
  pointOfOrder: boolean;
  startedAt: number;
  endedAt: number | null;
  pauses: readonly Interval[];
  /** Limit in ms; 0 means none. */
  limitMs: number;
  /** The recorder's summary for the minutes; absent until one is written (and in older journals). */
  summary?: string;
}>;

/** The frozen result of a closed vote: what the minutes and the notice print. */
export type VoteResult = Readonly<{
  /** 'evaluated' for a valid satisfaction evaluation, which reports shares instead of passing. */
  result: 'passed' | 'failed' | 'invalid' | 'evaluated';
  invalidReason: string | null;
  members: Tally;
  present: Tally;
  /** Member ids present when the vote closed. */
  voters: readonly string[];
  /** Final counts by key (roll call: computed from the ballots). */
  counts: Readonly<Record<string, Tally>>;
  quorum: readonly ConditionCheck[];
  pass: readonly ConditionCheck[];
  /** Choice among options: the winning option. */
  winner: string | null;
  tie: boolean;
  /** Satisfaction: (满意 + 基本满意) per mille of answers. */
  satisfactionPermille: number | null;
  /** The phones' share of `counts` (secret: the ballot box's aggregate); absent in older journals. */
  device?: Readonly<Record<string, Tally>>;
}>;

/** One member's ballot cast on their own phone (non-secret votes). */
export type DeviceBallot = Readonly<{ choice: string; ballotId: string }>;

export type VoteOption = Readonly<{ optionId: string; label: string }>;

export type Vote = Readonly<{
  voteId: string;
  itemId: string;
  method: VoteMethod;
  question: string;
  preset: RulePreset;
  options: readonly VoteOption[];
  status: VoteStatus;
  openedAt: number;
  closedAt: number | null;
  /** Entered counts by key (yes/no/abstain, option ids + abstain, or satisfaction keys). */
  counts: Readonly<Record<string, Tally>> | null;
  /** Roll call: each member's ballot, changeable until closed. */
  ballots: Readonly<Record<string, Ballot>>;
  /** Ballots cast on phones by member id (not for secret votes), changeable until close. */
  deviceBallots: Readonly<Record<string, DeviceBallot>>;
  /** Secret votes: members marked as having voted on a phone, SORTED, never with a time or choice. */
  deviceVoters: readonly string[];
  /**
   * Every ballot id a phone has used on this vote, with its member: a late re-send of a ballot
   * the member has since changed must not overwrite the newer one. Absent before phones voted.
   */
  spentBallots?: Readonly<Record<string, string>>;
  outcome: VoteResult | null;
  resolution: string;
  /** 计票人 and 监票人 ('' when none was named: the minutes leave a line to fill in by hand). */
  teller: string;
  scrutineer: string;
  voidReason: string;
  voidedAt: number | null;
}>;

/** 民事民办: a task that carries out a resolution. */
export type ActionItem = Readonly<{
  actionId: string;
  voteId: string;
  title: string;
  owner: string;
  /** Budget in fen (0.01 yuan), integer. */
  budget: number;
  deadline: string;
  status: ActionStatus;
  note: string;
  updatedAt: number;
}>;

export type DisplayMessage = Readonly<{ text: string; at: number }>;

/** Who holds the floor now. */
export type Floor = Readonly<{ itemId: string; speechId: string }>;

/** One step of restoring what an undoable event changed (see history/undo.ts). */
export type UndoPatch =
  | Readonly<{ kind: 'value'; key: string; prev: unknown }>
  | Readonly<{ kind: 'entry'; key: string; id: string; existed: boolean; prev: unknown }>;

export type UndoEntry = Readonly<{
  seq: number;
  type: string;
  at: number;
  patches: readonly UndoPatch[];
}>;

/** The chair's own memos: kept apart from the items so no view of an item can carry them. */
export type PrivateNotes = Readonly<{ meeting: string; items: Readonly<Record<string, string>> }>;

/** The whole meeting, rebuilt by replaying its events. Plain readonly data. */
export type MeetingState = Readonly<{
  meetingId: string;
  /** Rises by one on every event: the number of events applied. */
  version: number;
  /** Time of the last event; commands may not go back before it. */
  lastAt: number;
  meeting: MeetingInfo | null;
  members: Readonly<Record<string, Member>>;
  memberOrder: readonly string[];
  attendance: Readonly<Record<string, Attendance>>;
  items: Readonly<Record<string, AgendaItem>>;
  agendaOrder: readonly string[];
  currentItemId: string | null;
  /** Speaker queue per item id. */
  queues: Readonly<Record<string, readonly QueueEntry[]>>;
  /** Speeches per item id, in order. */
  speeches: Readonly<Record<string, readonly Speech[]>>;
  floor: Floor | null;
  votes: Readonly<Record<string, Vote>>;
  voteOrder: readonly string[];
  openVoteId: string | null;
  actions: Readonly<Record<string, ActionItem>>;
  actionOrder: readonly string[];
  display: DisplayMessage | null;
  /** Notes for the minutes on the meeting (printed there): never on the projector. */
  chairNote: string;
  /**
   * The chair's private notes, never printed and never on the projector: on the meeting and on
   * each item by id. Journals from before private notes have none; their notes print.
   */
  privateNotes: PrivateNotes;
  /** Undoable steps, newest last; cleared by an event that cannot be undone. */
  undo: readonly UndoEntry[];
}>;
