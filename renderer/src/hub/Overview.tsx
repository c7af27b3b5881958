import { percentOfPermille } from '../../../shared/hub/figures';
import type { ChainGap, CommunityOverview, OverviewReply } from '../../../shared/hub/api';
import type { HubWords } from '../../../shared/i18n/hub/zh-CN';
import { useWords } from './words';

function gapText(
  gaps: readonly ChainGap[],
  w: HubWords,
  f: (t: string, p: Record<string, number>) => string,
) {
  if (gaps.length === 0) return w.overview.noGaps;
  return gaps
    .map((gap) =>
      gap.from === gap.to ? f(w.overview.gapOne, { from: gap.from }) : f(w.overview.gapRange, gap),
    )
    .join('；');
}

function Totals({ reply }: Readonly<{ reply: OverviewReply }>) {
  const { w } = useWords();
  const sum = (pick: (c: CommunityOverview) => number) =>
    reply.communities.reduce((n, c) => n + pick(c), 0);
  const figures: Array<[string, number, boolean]> = [
    [w.overview.communities, reply.communities.length, false],
    [w.overview.meetings, sum((c) => c.meetings), false],
    [w.overview.decisions, sum((c) => c.decisions), false],
    [w.overview.overdue, sum((c) => c.overdue), sum((c) => c.overdue) > 0],
    [
      w.overview.refused,
      sum((c) => c.refused) + reply.refusedUnknown,
      sum((c) => c.refused) + reply.refusedUnknown > 0,
    ],
  ];
  return (
    <dl className="totals">
      {figures.map(([label, value, alert]) => (
        <div key={label} className={alert ? 'alert' : undefined}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Row({ row }: Readonly<{ row: CommunityOverview }>) {
  const { w, f } = useWords();
  return (
    <tr>
      <th scope="row">
        {row.name}
        <span className="muted small"> {row.id}</span>
        {row.enrolled ? null : <span className="tag">{w.overview.notEnrolled}</span>}
      </th>
      {row.meetingsPerMonth.map((count, index) => (
        <td key={index} className={count === 0 ? 'num zero' : 'num'}>
          {count}
        </td>
      ))}
      <td className="num strong">{row.meetings}</td>
      <td className="num">{row.decisions}</td>
      <td className={row.overdue > 0 ? 'num alert' : 'num'}>{row.overdue}</td>
      <td className="num" title={f(w.overview.answers, { count: row.answers })}>
        {row.satisfactionPermille === null
          ? w.overview.none
          : percentOfPermille(row.satisfactionPermille)}
      </td>
      <td className={row.gaps.length > 0 ? 'alert' : undefined}>
        {gapText(row.gaps, w, f)}
        {row.lastSequence > 0 ? (
          <span className="muted small">
            {' '}
            · {f(w.overview.lastSequence, { count: row.lastSequence })}
          </span>
        ) : null}
      </td>
      <td className={row.refused > 0 ? 'num alert' : 'num'}>{row.refused}</td>
    </tr>
  );
}

export function Overview({ reply }: Readonly<{ reply: OverviewReply }>) {
  const { w, f } = useWords();
  return (
    <section aria-labelledby="overview-heading">
      <Totals reply={reply} />
      <h2 id="overview-heading">{w.overview.heading}</h2>
      {reply.communities.length === 0 ? (
        <p className="empty">{w.overview.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="grid overview">
            <thead>
              <tr>
                <th rowSpan={2} scope="col">
                  {w.overview.community}
                </th>
                <th colSpan={reply.months.length} scope="colgroup" className="group">
                  {w.overview.perMonth}（{reply.from} – {reply.to}）
                </th>
                <th rowSpan={2} scope="col" className="num">
                  {w.overview.total}
                </th>
                <th rowSpan={2} scope="col" className="num">
                  {w.overview.decisions}
                </th>
                <th rowSpan={2} scope="col" className="num">
                  {w.overview.overdue}
                </th>
                <th rowSpan={2} scope="col" className="num">
                  {w.overview.satisfaction}
                </th>
                <th rowSpan={2} scope="col">
                  {w.overview.gaps}
                </th>
                <th rowSpan={2} scope="col" className="num">
                  {w.overview.refused}
                </th>
              </tr>
              <tr>
                {reply.months.map((month) => (
                  <th key={month} scope="col" className="num month" title={month}>
                    {month.slice(5)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reply.communities.map((row) => (
                <Row key={row.id} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {reply.refusedUnknown > 0 ? (
        <p className="muted">{f(w.overview.refusedUnknown, { count: reply.refusedUnknown })}</p>
      ) : null}
    </section>
  );
}
