// The 台账 (ledger) as a model: one row per action item with the columns the street office files,
// built from the hub's query rows and a catalogue. main/ only writes it to XLSX, so the words,
// the order and the overdue judgement are tested here without a spreadsheet.
import { calendarDay } from '../time';
import { fill, type HubWords } from '../i18n/hub';
import { percentOfPermille } from './figures';

/** What the ledger query returns for one action item (dates are already the meeting's days). */
export type LedgerSource = Readonly<{
  communityName: string;
  meetingTitle: string;
  heldOn: string | null;
  timeZone: string;
  itemTitle: string;
  resolution: string;
  /** The vote that decided it, if the hub could link one. */
  vote: Readonly<{ outcome: string | null; yes: number; no: number; abstain: number }> | null;
  owner: string;
  deadline: string | null;
  status: string;
  overdue: boolean;
  satisfactionPermille: number | null;
  comments: readonly Readonly<{ author: string; body: string; createdAtMs: number }>[];
}>;

export const LEDGER_COLUMNS = [
  'community',
  'meeting',
  'date',
  'item',
  'resolution',
  'outcome',
  'owner',
  'deadline',
  'status',
  'overdue',
  'satisfaction',
  'comments',
] as const;

export { percentOfPermille };

function outcomeText(source: LedgerSource, words: HubWords['ledger']): string {
  const vote = source.vote;
  if (!vote || !vote.outcome) return '';
  const known = words.outcome as Readonly<Record<string, string>>;
  const outcome = Object.hasOwn(known, vote.outcome) ? known[vote.outcome]! : vote.outcome;
  return fill(words.outcome.counts, { outcome, yes: vote.yes, no: vote.no, abstain: vote.abstain });
}

function statusText(status: string, words: HubWords['status']): string {
  const known = words as Readonly<Record<string, string>>;
  return Object.hasOwn(known, status) ? known[status]! : status;
}

/** The header row in the catalogue's language. */
export function ledgerHeader(words: HubWords): string[] {
  return LEDGER_COLUMNS.map((column) => words.ledger.columns[column]);
}

/** One ledger row; comments are dated on the meeting's calendar (its zone), oldest first. */
export function ledgerRow(source: LedgerSource, words: HubWords): string[] {
  const comments = [...source.comments]
    .sort((a, b) => a.createdAtMs - b.createdAtMs)
    .map((comment) =>
      fill(words.ledger.comment, {
        date: calendarDay(comment.createdAtMs, source.timeZone),
        author: comment.author,
        body: comment.body,
      }),
    );
  return [
    source.communityName,
    source.meetingTitle,
    source.heldOn ?? '',
    source.itemTitle,
    source.resolution,
    outcomeText(source, words.ledger),
    source.owner,
    source.deadline ?? '',
    statusText(source.status, words.status),
    source.overdue ? words.ledger.yes : words.ledger.no,
    source.satisfactionPermille === null ? '' : percentOfPermille(source.satisfactionPermille),
    comments.join('\n'),
  ];
}
