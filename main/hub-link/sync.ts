import type { HubSyncResult } from '../../shared/api/hub-link';
import { ack, fetchSync, type HubCall, type SyncReply } from './client';
import type { HubLinkDeps } from './deps';
import { describeRefusal } from './describe';
import type { HubLinkLog } from './log-file';

type Comment = SyncReply['comments'][number];

/** What a comment is recorded as: the core's limits, so a long comment is cut, not refused. */
function commandOf(comment: Comment, meetingId: string, actionId: string, fallbackAt: number) {
  const writtenAt = Date.parse(comment.createdAt);
  return {
    type: 'actionItem/receiveSupervision',
    meetingId,
    actionId,
    commentId: String(comment.id),
    author: comment.author
      .replace(/\p{Cc}/gu, ' ')
      .trim()
      .slice(0, 200),
    body: comment.body.replace(/[^\P{Cc}\n\t]/gu, ' ').slice(0, 5000),
    writtenAt: Number.isFinite(writtenAt) && writtenAt >= 0 ? writtenAt : fallbackAt,
  } as const;
}

/**
 * Fetches the 督办 comments written since the last sync and records each on its item of the
 * follow-up board, then tells the hub they arrived. Recording is idempotent by comment id, so a
 * sync cut off between recording and acknowledging only finds them "already" next time. A
 * comment on an item this board does not hold is reported, not lost silently.
 */
export async function syncComments(
  deps: HubLinkDeps,
  call: HubCall,
  log: HubLinkLog,
): Promise<HubSyncResult> {
  let received = 0;
  let already = 0;
  const unmatched: HubSyncResult['unmatched'] = [];
  // The hub answers a page of comments at a time: ask again until it has none left.
  let reply = await fetchSync(call, log.lastCommentId);
  for (let page = 1; ; page += 1) {
    const before = log.lastCommentId;
    const counted = await recordAll(deps, reply.comments, log, unmatched);
    received += counted.received;
    already += counted.already;
    if (log.lastCommentId === before || page >= MAX_PAGES) break;
    reply = await fetchSync(call, log.lastCommentId);
  }
  log.lastSyncAt = new Date(deps.clock()).toISOString();
  log.missing = [...reply.missing];
  if (log.lastCommentId > 0) await ack(call, log.lastCommentId);
  return {
    received,
    already,
    unmatched,
    refused: reply.refused.map((r) => ({
      receivedAt: r.receivedAt,
      reason: describeRefusal(
        r.code,
        r.params ?? {},
        typeof r.message === 'string' ? { [call.locale]: r.message } : (r.message ?? null),
        call.locale,
      ),
    })),
    missing: [...reply.missing],
  };
}

/** At most this many pages per sync (500 comments each at the hub): the next sync goes on. */
const MAX_PAGES = 20;

/** Records one page of comments on the board; the log's cursor follows each one recorded. */
async function recordAll(
  deps: HubLinkDeps,
  comments: SyncReply['comments'],
  log: HubLinkLog,
  unmatched: HubSyncResult['unmatched'],
): Promise<{ received: number; already: number }> {
  let received = 0;
  let already = 0;
  for (const comment of [...comments].sort((a, b) => a.id - b.id)) {
    const slash = comment.itemKey.indexOf('/');
    const meetingId = comment.itemKey.slice(0, slash);
    const actionId = comment.itemKey.slice(slash + 1);
    const known = slash > 0 && deps.followup.state().items[comment.itemKey] !== undefined;
    const at = Math.max(deps.clock(), deps.followup.state().lastAt);
    const done = known
      ? await deps.followup.dispatch({ ...commandOf(comment, meetingId, actionId, at), at })
      : null;
    if (done?.ok) received += 1;
    else if (done?.error.code === 'supervision.duplicate') already += 1;
    else unmatched.push({ itemKey: comment.itemKey, author: comment.author, body: comment.body });
    log.lastCommentId = Math.max(log.lastCommentId, comment.id);
  }
  return { received, already };
}
