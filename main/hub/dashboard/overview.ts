// The overview: one row per community with the figures the street office reports on.
import type { ChainGap, CommunityOverview, OverviewReply } from '../../../shared/hub/api';
import { bucketByMonth, monthRangeDays, monthsBetween } from '../../../shared/hub/months';
import { satisfactionRate } from '../../../shared/followup/rate';
import type { HubQuery } from '../db/pool';
import { isOverdue, num, str, type Row } from './sql';

export type OverviewInput = Readonly<{
  community: string | null;
  from: string;
  to: string;
  now: Date;
}>;

// $1 community or null; $2, $3 the held_on range [first, after).
const COMMUNITIES = `SELECT id, name, certificate_fingerprint IS NOT NULL AS enrolled
  FROM communities WHERE ($1::text IS NULL OR id = $1) ORDER BY id`;
const PER_MONTH = `SELECT community_id, to_char(held_on, 'YYYY-MM') AS month, count(*) AS n
  FROM meetings WHERE ($1::text IS NULL OR community_id = $1) AND held_on >= $2::date AND held_on < $3::date
  GROUP BY 1, 2`;
const DECISIONS = `SELECT v.community_id, count(*) AS n FROM votes v
  JOIN meetings m ON m.community_id = v.community_id AND m.meeting_id = v.meeting_id
  WHERE ($1::text IS NULL OR v.community_id = $1) AND v.outcome = 'passed'
    AND m.held_on >= $2::date AND m.held_on < $3::date
  GROUP BY 1`;
// Answers of the evaluations held in the range, summed: the rate over all of them, not a mean
// of rates (a meeting of 5 answers must not weigh as much as one of 500).
const SATISFACTION = `SELECT community_id, sum(satisfied) AS s, sum(basic) AS b, sum(unsatisfied) AS u
  FROM evaluations WHERE ($1::text IS NULL OR community_id = $1)
    AND meeting_date >= $2::date AND meeting_date < $3::date
  GROUP BY 1`;
// $1 community or null, $2 the hub's clock.
const OVERDUE = `SELECT ai.community_id, count(*) AS n FROM action_items ai
  LEFT JOIN meetings m ON m.community_id = ai.community_id AND m.meeting_id = ai.meeting_id
  WHERE ($1::text IS NULL OR ai.community_id = $1) AND ${isOverdue('$2')}
  GROUP BY 1`;
// Chain gaps: each stored bundle whose predecessor sequence is not the one before it.
const GAPS = `SELECT community_id, prev + 1 AS gap_from, sequence - 1 AS gap_to FROM (
    SELECT community_id, sequence,
      coalesce(lag(sequence) OVER (PARTITION BY community_id ORDER BY sequence), 0) AS prev
    FROM bundles WHERE community_id IN (
      -- Only a chain with fewer bundles than its highest sequence has a gap to find.
      SELECT community_id FROM bundles WHERE ($1::text IS NULL OR community_id = $1)
      GROUP BY community_id HAVING count(*) < max(sequence))) s
  WHERE sequence > prev + 1 ORDER BY community_id, gap_from`;
const LAST = `SELECT community_id, max(sequence) AS last FROM bundles
  WHERE ($1::text IS NULL OR community_id = $1) GROUP BY 1`;
const REFUSED = `SELECT community_id, count(*) AS n FROM quarantine
  WHERE ($1::text IS NULL OR community_id = $1) GROUP BY 1`;

const countsBy = (rows: readonly Row[], column = 'n'): Map<string, number> =>
  new Map(rows.map((row) => [str(row.community_id), num(row[column])]));

function groupBy<T>(rows: readonly Row[], make: (row: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = str(row.community_id);
    out.set(key, [...(out.get(key) ?? []), make(row)]);
  }
  return out;
}

/** The overview over `from`..`to` (months on each meeting's own calendar). */
export async function overview(query: HubQuery, input: OverviewInput): Promise<OverviewReply> {
  const months = monthsBetween(input.from, input.to);
  const { first, after } = monthRangeDays(input.from, input.to);
  const ranged = [input.community, first, after];
  const only = [input.community];
  const [communities, perMonth, decisions, satisfaction, overdue, gaps, last, refused] =
    await Promise.all([
      query(COMMUNITIES, only),
      query(PER_MONTH, ranged),
      query(DECISIONS, ranged),
      query(SATISFACTION, ranged),
      query(OVERDUE, [input.community, input.now.toISOString()]),
      query(GAPS, only),
      query(LAST, only),
      query(REFUSED, only),
    ]);
  const monthRows = groupBy(perMonth.rows as Row[], (row) => ({
    month: str(row.month),
    count: num(row.n),
  }));
  const decided = countsBy(decisions.rows as Row[]);
  const late = countsBy(overdue.rows as Row[]);
  const lastOf = countsBy(last.rows as Row[], 'last');
  const refusedOf = countsBy(refused.rows as Row[]);
  const gapsOf = groupBy<ChainGap>(gaps.rows as Row[], (row) => ({
    from: num(row.gap_from),
    to: num(row.gap_to),
  }));
  const answers = new Map((satisfaction.rows as Row[]).map((row) => [str(row.community_id), row]));
  const rows = (communities.rows as Row[]).map((row): CommunityOverview => {
    const id = str(row.id);
    const perMonthCounts = bucketByMonth(months, monthRows.get(id) ?? []);
    const counts = answers.get(id);
    const satisfied = num(counts?.s);
    const basicallySatisfied = num(counts?.b);
    const dissatisfied = num(counts?.u);
    return {
      id,
      name: str(row.name),
      enrolled: row.enrolled === true,
      meetingsPerMonth: perMonthCounts,
      meetings: perMonthCounts.reduce((sum, n) => sum + n, 0),
      decisions: decided.get(id) ?? 0,
      overdue: late.get(id) ?? 0,
      satisfactionPermille: satisfactionRate({ satisfied, basicallySatisfied, dissatisfied }),
      answers: satisfied + basicallySatisfied + dissatisfied,
      gaps: gapsOf.get(id) ?? [],
      lastSequence: lastOf.get(id) ?? 0,
      refused: refusedOf.get(id) ?? 0,
    };
  });
  return {
    from: input.from,
    to: input.to,
    months,
    communities: rows,
    refusedUnknown: refusedOf.get('') ?? 0,
  };
}
