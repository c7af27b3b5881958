import { useState, type FormEvent } from 'react';
import {
  commentReplySchema,
  type OverdueItem,
  type OverdueReply,
  type SupervisionComment,
} from '../../../shared/hub/api';
import { MAX_COMMENT_LENGTH } from '../../../shared/hub/api';
import { postJson } from './api';
import { errorText } from './errors';
import { calendarDay } from '../../../shared/time';
import { browserZone } from './filters';
import { useWords } from './words';

function CommentBox({
  item,
  onSent,
}: Readonly<{ item: OverdueItem; onSent: (c: SupervisionComment) => void }>) {
  const { w } = useWords();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `comment-${item.communityId}-${item.key}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const reply = commentReplySchema.parse(
        await postJson('/api/dash/comments', {
          communityId: item.communityId,
          itemKey: item.key,
          body,
        }),
      );
      onSent(reply.comment);
      setBody('');
    } catch (failure) {
      setError(errorText(failure, w));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="comment-box" onSubmit={(event) => void send(event)}>
      <label htmlFor={id}>{w.overdue.commentLabel}</label>
      <div className="row">
        <textarea
          id={id}
          rows={2}
          maxLength={MAX_COMMENT_LENGTH}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          required
        />
        <button type="submit" disabled={busy || body.trim() === ''}>
          {w.overdue.send}
        </button>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function ItemRow({ item }: Readonly<{ item: OverdueItem }>) {
  const { w, f } = useWords();
  const [comments, setComments] = useState(item.comments);
  const [open, setOpen] = useState(false);
  const status = (w.status as Readonly<Record<string, string>>)[item.status] ?? item.status;
  return (
    <>
      <tr>
        <td>{item.meetingTitle}</td>
        <td>{item.title}</td>
        <td>{item.owner}</td>
        <td className="date">{item.deadline}</td>
        <td className="num alert">{f(w.overdue.daysValue, { count: item.daysOverdue })}</td>
        <td>{status}</td>
        <td>
          {comments.length > 0 ? (
            <ul className="comments">
              {comments.map((c) => (
                <li key={c.id}>
                  <span className="muted small">
                    {calendarDay(Date.parse(c.createdAt), browserZone())} {c.author} ·{' '}
                    {c.delivered ? w.overdue.delivered : w.overdue.pending}
                  </span>
                  <br />
                  {c.body}
                </li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            className="small"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {w.overdue.comments}
          </button>
        </td>
      </tr>
      {open ? (
        <tr className="comment-row">
          <td colSpan={7}>
            <CommentBox item={item} onSent={(c) => setComments([...comments, c])} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

export function Overdue({ reply }: Readonly<{ reply: OverdueReply }>) {
  const { w, f } = useWords();
  const groups = new Map<string, OverdueItem[]>();
  for (const item of reply.items)
    groups.set(item.communityId, [...(groups.get(item.communityId) ?? []), item]);
  return (
    <section aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">{w.overdue.heading}</h2>
      {reply.items.length === 0 ? <p className="empty">{w.overdue.empty}</p> : null}
      {[...groups.values()].map((items) => (
        <section key={items[0]!.communityId} className="group" aria-label={items[0]!.communityName}>
          <h3>
            {items[0]!.communityName}
            <span className="count">{f(w.overdue.count, { count: items.length })}</span>
          </h3>
          <table className="grid overdue">
            <thead>
              <tr>
                <th scope="col">{w.overdue.meeting}</th>
                <th scope="col">{w.overdue.item}</th>
                <th scope="col">{w.overdue.owner}</th>
                <th scope="col">{w.overdue.deadline}</th>
                <th scope="col" className="num">
                  {w.overdue.days}
                </th>
                <th scope="col">{w.overdue.status}</th>
                <th scope="col">{w.overdue.comments}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <ItemRow key={item.key} item={item} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
