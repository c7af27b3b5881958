import type { QuarantineReply } from '../../../shared/hub/api';
import { calendarDay, clockTime } from '../../../shared/time';
import { browserZone } from './filters';
import { useWords } from './words';

/** A moment on this office's own clock (the browser's zone). */
const local = (iso: string) => {
  const ms = Date.parse(iso);
  return `${calendarDay(ms, browserZone())} ${clockTime(ms, browserZone())}`;
};

const kib = (size: number) => `${Math.max(1, Math.round(size / 1024))} KiB`;

export function Refused({ reply }: Readonly<{ reply: QuarantineReply }>) {
  const { w } = useWords();
  const via = (value: string) =>
    value === 'http' ? w.refused.via_http : value === 'folder' ? w.refused.via_folder : value;
  return (
    <section aria-labelledby="refused-heading">
      <h2 id="refused-heading">{w.refused.heading}</h2>
      {reply.items.length === 0 ? (
        <p className="empty">{w.refused.empty}</p>
      ) : (
        <table className="grid refused">
          <thead>
            <tr>
              <th scope="col">{w.refused.receivedAt}</th>
              <th scope="col">{w.refused.community}</th>
              <th scope="col">{w.refused.via}</th>
              <th scope="col">{w.refused.reason}</th>
              <th scope="col">{w.refused.code}</th>
              <th scope="col" className="num">
                {w.refused.size}
              </th>
            </tr>
          </thead>
          <tbody>
            {reply.items.map((item) => (
              <tr key={item.id}>
                <td className="date">{local(item.receivedAt)}</td>
                <td>{item.communityName ?? w.refused.unknown}</td>
                <td>{via(item.via)}</td>
                <td>{item.message}</td>
                <td className="muted small">{item.code}</td>
                <td className="num">{kib(item.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
