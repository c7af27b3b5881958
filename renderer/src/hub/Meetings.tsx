import type { MeetingsReply } from '../../../shared/hub/api';
import { useWords } from './words';

export function Meetings({ reply }: Readonly<{ reply: MeetingsReply }>) {
  const { w, f } = useWords();
  const statusWord = (status: string | null) => {
    const key = `status_${status ?? ''}`;
    const known = w.meetings as Readonly<Record<string, string>>;
    return Object.hasOwn(known, key) ? known[key] : (status ?? '');
  };
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">
        {w.meetings.heading}
        <span className="count">
          {reply.total > reply.meetings.length
            ? f(w.meetings.shownLimited, { total: reply.total, limit: reply.limit })
            : f(w.meetings.shown, { total: reply.total })}
        </span>
      </h2>
      {reply.meetings.length === 0 ? (
        <p className="empty">{w.meetings.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="grid meetings">
            <thead>
              <tr>
                <th scope="col">{w.meetings.heldOn}</th>
                <th scope="col">{w.meetings.community}</th>
                <th scope="col">{w.meetings.title}</th>
                <th scope="col">{w.meetings.status}</th>
                <th scope="col" className="num">
                  {w.meetings.decisions}
                </th>
                <th scope="col" className="num">
                  {w.meetings.actionItems}
                </th>
              </tr>
            </thead>
            <tbody>
              {reply.meetings.map((m) => (
                <tr key={`${m.communityId}/${m.meetingId}`}>
                  <td className="date">{m.heldOn ?? ''}</td>
                  <td>{m.communityName}</td>
                  <td>{m.title}</td>
                  <td>{statusWord(m.status)}</td>
                  <td className="num">{m.decisions}</td>
                  <td className="num">{m.actionItems}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
