import type { HubDb } from '../db/pool';

// The chain's holes for the dashboard: per community, the sequences below its highest stored
// bundle that no stored bundle holds (a meeting deleted on the laptop, or a bundle never sent).
// Computed from the bundles themselves, so a bundle that later fills a hole closes it.

export type ChainGaps = Readonly<{ communityId: string; head: number; missing: readonly number[] }>;

/** Communities with a hole in their chain (one community's, or every community's). */
export async function chainGaps(db: HubDb, communityId?: string): Promise<ChainGaps[]> {
  const found = await db.query(
    `WITH heads AS (
       SELECT community_id, max(sequence) AS head, count(*) AS stored FROM bundles
       WHERE $1::text IS NULL OR community_id = $1 GROUP BY community_id)
     SELECT h.community_id, h.head,
       array(SELECT s FROM generate_series(1, h.head) AS s
             WHERE NOT EXISTS (SELECT 1 FROM bundles b
                               WHERE b.community_id = h.community_id AND b.sequence = s)
             ORDER BY s) AS missing
     FROM heads h WHERE h.stored < h.head ORDER BY h.community_id`,
    [communityId ?? null],
  );
  return found.rows.map((row) => ({
    communityId: String(row.community_id),
    head: Number(row.head),
    missing: (row.missing as number[]).map(Number),
  }));
}
