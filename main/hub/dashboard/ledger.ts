// The 台账 export: one row per action item of the meetings the current filters select, written
// to XLSX with write-excel-file. Words and cells come from shared/hub/ledger.ts.
import type { Locale } from '../../../shared/i18n/types';
import { HUB_WORDS } from '../../../shared/i18n/hub';
import { ledgerHeader, ledgerRow, type LedgerSource } from '../../../shared/hub/ledger';
import type { HubQuery } from '../db/pool';
import { commentsOf } from './comments';
import type { MeetingsInput } from './meetings';
import { ITEM_ZONE, isOverdue, meetingMatches, num, str, strOrNull, type Row } from './sql';

/** A ledger beyond this many rows is refused work for a spreadsheet (Excel's limit is ~1M). */
export const LEDGER_LIMIT = 100_000;

// $1 community, $2/$3 month bounds, $4 tsquery text, $5 the hub's clock, $6 limit.
// The vote shown is the meeting's vote whose resolution the item carries out (the index keeps
// no vote id on an item); the latest such vote when a resolution was voted twice.
const LEDGER = `SELECT ai.community_id, ai.key, c.name AS community_name,
    coalesce(m.title, '') AS meeting_title, m.held_on::text AS held_on, ${ITEM_ZONE} AS zone,
    coalesce(ai.title, '') AS title, coalesce(ai.resolution, '') AS resolution,
    coalesce(ai.owner, '') AS owner, ai.deadline::text AS deadline,
    coalesce(ai.status, 'planned') AS status, ${isOverdue('$5')} AS overdue,
    ai.satisfaction_permille, v.outcome, v.yes, v.no, v.abstain
  FROM action_items ai JOIN communities c ON c.id = ai.community_id
  JOIN meetings m ON m.community_id = ai.community_id AND m.meeting_id = ai.meeting_id
  LEFT JOIN LATERAL (SELECT outcome, yes, no, abstain FROM votes v
      WHERE v.community_id = ai.community_id AND v.meeting_id = ai.meeting_id
        AND v.resolution = ai.resolution AND v.resolution <> ''
      ORDER BY v.closed_at DESC NULLS LAST LIMIT 1) v ON true
  WHERE ($1::text IS NULL OR ai.community_id = $1)
    AND ($2::date IS NULL OR m.held_on >= $2::date) AND ($3::date IS NULL OR m.held_on < $3::date)
    AND ($4::text IS NULL OR ${meetingMatches('$4')})
  ORDER BY ai.community_id, m.held_on NULLS LAST, ai.meeting_id, ai.key
  LIMIT $6`;

function sourceOf(row: Row): Omit<LedgerSource, 'comments'> {
  return {
    communityName: str(row.community_name),
    meetingTitle: str(row.meeting_title),
    heldOn: strOrNull(row.held_on),
    timeZone: str(row.zone),
    itemTitle: str(row.title),
    resolution: str(row.resolution),
    vote:
      row.outcome === null || row.outcome === undefined
        ? null
        : {
            outcome: str(row.outcome),
            yes: num(row.yes),
            no: num(row.no),
            abstain: num(row.abstain),
          },
    owner: str(row.owner),
    deadline: strOrNull(row.deadline),
    status: str(row.status),
    overdue: row.overdue === true,
    satisfactionPermille:
      row.satisfaction_permille === null ? null : num(row.satisfaction_permille),
  };
}

/** The ledger's rows (header first) as strings, in the caller's language. */
export async function ledgerRows(
  query: HubQuery,
  input: MeetingsInput & Readonly<{ now: Date; locale: Locale }>,
): Promise<string[][]> {
  const words = HUB_WORDS[input.locale];
  const header = ledgerHeader(words);
  if (input.search === false) return [header];
  const result = await query(LEDGER, [
    input.community,
    input.first,
    input.after,
    input.search,
    input.now.toISOString(),
    LEDGER_LIMIT,
  ]);
  const rows = result.rows as Row[];
  const refs = rows.map((row) => ({ communityId: str(row.community_id), key: str(row.key) }));
  const comments = await commentsOf(query, refs);
  return [
    header,
    ...rows.map((row, index) =>
      ledgerRow(
        {
          ...sourceOf(row),
          comments: comments(refs[index]!).map((c) => ({
            author: c.author,
            body: c.body,
            createdAtMs: Date.parse(c.createdAt),
          })),
        },
        words,
      ),
    ),
  ];
}

const WIDTHS = [20, 28, 11, 24, 36, 22, 10, 11, 8, 8, 8, 40];

/** The rows as an XLSX workbook: one sheet, bold frozen header, long texts wrapped. */
export async function ledgerXlsx(rows: readonly string[][], sheet: string): Promise<Uint8Array> {
  const data = rows.map((row, index) =>
    row.map((value) =>
      // An empty text is an empty cell, as one left blank by hand would be.
      value === ''
        ? null
        : {
            value,
            type: String,
            wrap: true,
            ...(index === 0 ? { fontWeight: 'bold' as const } : {}),
          },
    ),
  );
  // Read here, not at start: only this download needs it (main/lazy-package.ts says why).
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const buffer = await writeXlsxFile(data, {
    sheet,
    columns: WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBuffer();
  return new Uint8Array(buffer);
}
