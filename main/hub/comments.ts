import { audit } from './audit';
import type { HubDb } from './db/pool';

// 督办 comments: the street office's remarks on a community's action item, kept until the
// community's app has fetched them at a sync and said so (delivered). Ids only grow, so the app
// asks for those after the last one it has, and a comment fetched twice is one comment there.

export type SupervisionComment = Readonly<{
  id: number;
  itemKey: string;
  author: string;
  body: string;
  createdAt: string;
}>;

export type AddComment = Readonly<{
  communityId: string;
  itemKey: string;
  body: string;
  /** The staff member's login. */
  author: string;
}>;

export type AddedComment =
  | Readonly<{ ok: true; comment: SupervisionComment }>
  | Readonly<{ ok: false; code: 'unknownItem' | 'empty' | 'tooLong' }>;

export const MAX_COMMENT_LENGTH = 2000;

type Row = { id: string; item_key: string; author: string; body: string; created_at: Date };
const commentOf = (row: Row): SupervisionComment => ({
  id: Number(row.id),
  itemKey: row.item_key,
  author: row.author,
  body: row.body,
  createdAt: row.created_at.toISOString(),
});

/** A comment on an action item the hub has indexed for that community. */
export async function addComment(db: HubDb, comment: AddComment): Promise<AddedComment> {
  const body = comment.body.replaceAll('\0', '').trim();
  if (body === '') return { ok: false, code: 'empty' };
  if (body.length > MAX_COMMENT_LENGTH) return { ok: false, code: 'tooLong' };
  return db.tx(async (query): Promise<AddedComment> => {
    const item = await query('SELECT 1 FROM action_items WHERE community_id = $1 AND key = $2', [
      comment.communityId,
      comment.itemKey,
    ]);
    if (!item.rowCount) return { ok: false, code: 'unknownItem' };
    const added = await query(
      `INSERT INTO supervision_comments (community_id, item_key, author, body)
       VALUES ($1, $2, $3, $4) RETURNING id, item_key, author, body, created_at`,
      [comment.communityId, comment.itemKey, comment.author, body],
    );
    const stored = commentOf(added.rows[0] as Row);
    await audit(query, {
      actor: `staff:${comment.author}`,
      action: 'comment.added',
      target: comment.communityId,
      detail: { id: stored.id, itemKey: comment.itemKey },
    });
    return { ok: true, comment: stored };
  });
}

/** The community's comments after `afterId`, oldest first (delivered or not: a sync may be lost). */
export async function commentsFor(
  db: HubDb,
  communityId: string,
  afterId: number,
  limit = 500,
): Promise<SupervisionComment[]> {
  const found = await db.query(
    `SELECT id, item_key, author, body, created_at FROM supervision_comments
     WHERE community_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
    [communityId, afterId, limit],
  );
  return (found.rows as Row[]).map(commentOf);
}

/** Marks the community's comments up to `upToId` delivered; returns how many were newly so. */
export async function markDelivered(
  db: HubDb,
  communityId: string,
  upToId: number,
  now: Date = new Date(),
): Promise<number> {
  return db.tx(async (query) => {
    const marked = await query(
      `UPDATE supervision_comments SET delivered_at = $3
       WHERE community_id = $1 AND id <= $2 AND delivered_at IS NULL`,
      [communityId, upToId, now],
    );
    const count = marked.rowCount ?? 0;
    if (count > 0)
      await audit(query, {
        actor: `community:${communityId}`,
        action: 'comment.delivered',
        target: communityId,
        detail: { upToId, count },
      });
    return count;
  });
}
