// POST /api/dash/comments: a 督办 comment of a staff member on an action item, stored by the
// store's addComment (which checks the item and writes the audit row) for the community's next sync.
import { commentRequestSchema, type CommentReply } from '../../../shared/hub/api';
import { addComment } from '../comments';
import type { HubContext, HubReply, HubRequest, HubRoute } from '../server/route';
import { badRequest } from './filters';
import { fieldOf, staffLogin } from './staff-input';

async function comment(request: HubRequest, context: HubContext): Promise<HubReply> {
  const parsed = commentRequestSchema.safeParse(request.body);
  if (!parsed.success) return badRequest(fieldOf(parsed.error.issues));
  const { communityId, itemKey, body } = parsed.data;
  const added = await addComment(context.db, {
    communityId,
    itemKey,
    body,
    author: staffLogin(request),
  });
  if (!added.ok) {
    return added.code === 'unknownItem'
      ? { status: 404, json: { error: 'unknownItem' } }
      : badRequest('body');
  }
  const { id, author, createdAt } = added.comment;
  const reply: CommentReply = {
    comment: { id, author, body: added.comment.body, createdAt, delivered: false },
  };
  return { status: 200, json: reply };
}

export const commentRoute: HubRoute = {
  method: 'POST',
  path: '/api/dash/comments',
  auth: 'staff',
  body: 'json',
  handle: comment,
};
