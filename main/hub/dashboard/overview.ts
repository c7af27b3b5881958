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
// Grouped on the month's first day (date arithmetic) and formatted once per group, not per meeting.
const PER_MONTH = `SELECT community_id, to_char(first, 'YYYY-MM') AS month, n FROM (
    SELECT community_id, held_on - (extract(day FROM held_on)::int - 1) AS first, count(*) AS n
    FROM meetings WHERE ($1::text IS NULL OR community_id = $1)
      AND held_on >= $2::date AND held_on < $3::date
    GROUP BY 1, 2) g`;
// votes.held_on is its meeting's day (migration 002): passed votes come from their own partial
// index, with no join to meetings.
const DECISIONS = `SELECT community_id, count(*) AS n FROM votes
  WHERE ($1::text IS NULL OR community_id = $1) AND outcome = 'passed'
    AND held_on >= $2::date AND held_on < $3::date
  GROUP BY 1`;
// Answers of the evaluations held in the range, summed: the rate over all of them, not a mean
// of rates (a meeting of 5 answers must not weigh as much as one of 500).
const SATISFACTION = `SELECT community_id, sum(satisfied) AS s, sum(basic) AS b, sum(unsatisfied) AS u
  FROM evaluations WHERE ($1::text IS NULL OR community_id = $1)
    AND meeting_date >= $2::date AND meeting_date < $3::date
  GROUP BY 1`;
// $1 community or null, $2 the hub's clock.
const OVERDUE = `SELECT ai.community_id, count(*) AS n FROM action_items ai
  WHERE ($1::text IS NULL OR ai.community_id = $1) AND ${isOverdue('$2')}
  GROUP BY 1`;
// Each community's chain from the bundles' unique (community_id, sequence) index: its last
// sequence and how many bundles it holds; only a chain holding fewer than its last sequence has
// a gap, and only there each bundle is compared with its predecessor (gap_from null: no gap).
const CHAINS = `WITH chains AS (SELECT community_id, max(sequence) AS last, count(*) AS held
    FROM bundles WHERE ($1::text IS NULL OR community_id = $1) GROUP BY community_id)
  SELECT c.community_id, c.last, g.gap_from, g.gap_to FROM chains c
  LEFT JOIN LATERAL (SELECT prev + 1 AS gap_from, sequence - 1 AS gap_to FROM (
      SELECT sequence, lag(sequence, 1, 0) OVER (ORDER BY sequence) AS prev FROM bundles b
      WHERE b.community_id = c.community_id AND c.held < c.last) s
    WHERE sequence > prev + 1) g ON true
  ORDER BY c.community_id, g.gap_from`;
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
  const [communities, perMonth, decisions, satisfaction, overdue, chains, refused] =
    await Promise.all([
      query(COMMUNITIES, only),
      query(PER_MONTH, ranged),
      query(DECISIONS, ranged),
      query(SATISFACTION, ranged),
      query(OVERDUE, [input.community, input.now.toISOString()]),
      query(CHAINS, only),
      query(REFUSED, only),
    ]);
  const monthRows = groupBy(perMonth.rows as Row[], (row) => ({
    month: str(row.month),
    count: num(row.n),
  }));
  const decided = countsBy(decisions.rows as Row[]);
  const late = countsBy(overdue.rows as Row[]);
  const chainRows = chains.rows as Row[];
  const lastOf = countsBy(chainRows, 'last');
  const refusedOf = countsBy(refused.rows as Row[]);
  const gapsOf = groupBy<ChainGap>(
    chainRows.filter((row) => row.gap_from !== null),
    (row) => ({ from: num(row.gap_from), to: num(row.gap_to) }),
  );
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
