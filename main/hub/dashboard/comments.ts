// The 督办 comments of a set of action items, read in one query for a page or the ledger.
import type { SupervisionComment } from '../../../shared/hub/api';
import type { HubQuery } from '../db/pool';
import { num, str, type Row } from './sql';

export type ItemRef = Readonly<{ communityId: string; key: string }>;

const COMMENTS = `SELECT sc.id, sc.community_id, sc.item_key, sc.author, sc.body, sc.created_at,
    sc.delivered_at IS NOT NULL AS delivered
  FROM supervision_comments sc
  JOIN unnest($1::text[], $2::text[]) AS k(community_id, item_key)
    ON k.community_id = sc.community_id AND k.item_key = sc.item_key
  ORDER BY sc.id`;

const refKey = (communityId: string, key: string) => `${communityId}\u0000${key}`;

export function commentOf(row: Row): SupervisionComment {
  return {
    id: num(row.id),
    author: str(row.author),
    body: str(row.body),
    createdAt: new Date(row.created_at as Date).toISOString(),
    delivered: row.delivered === true,
  };
}

/** Comments per item (oldest first), keyed by `communityId` and item key. */
export async function commentsOf(
  query: HubQuery,
  items: readonly ItemRef[],
): Promise<(item: ItemRef) => SupervisionComment[]> {
  const byItem = new Map<string, SupervisionComment[]>();
  if (items.length > 0) {
    const result = await query(COMMENTS, [
      items.map((i) => i.communityId),
      items.map((i) => i.key),
    ]);
    for (const row of result.rows as Row[]) {
      const key = refKey(str(row.community_id), str(row.item_key));
      byItem.set(key, [...(byItem.get(key) ?? []), commentOf(row)]);
    }
  }
  return (item) => byItem.get(refKey(item.communityId, item.key)) ?? [];
}
