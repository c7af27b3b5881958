import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board, BoardRow, FollowupState } from '../../../shared/followup';
import { ErrorNote } from '../chair/ErrorNote';
import { RowActions, type RowAction } from './RowActions';
import { percent, yuan } from './use-followup';

const PAGE = 20;

/** Which actions an item in each status offers. */
const ACTIONS: Record<BoardRow['status'], readonly RowAction[]> = {
  planned: ['start', 'drop'],
  inProgress: ['note', 'complete', 'drop'],
  done: ['evaluate', 'export'],
  dropped: [],
};

/** The board's rows, a page at a time, with each row's actions opening a form under it. */
export function BoardTable({ board, registry }: { board: Board; registry: FollowupState }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const [active, setActive] = useState<{ key: string; action: RowAction } | null>(null);
  const rows = board.rows.slice(0, shown);
  return (
    <section className="board-table" aria-labelledby="board-items">
      <h2 id="board-items">{t('ui:board.items')}</h2>
      <p role="status" data-testid="board-summary">
        {t('ui:board.summary', {
          shown: board.rows.length,
          total: board.total,
          overdue: board.overdue,
        })}
      </p>
      {board.rows.length === 0 ? <p>{t('ui:board.empty')}</p> : null}
      <table data-testid="board-table">
        <thead>
          <tr>
            <th scope="col">{t('ui:board.col.title')}</th>
            <th scope="col">{t('ui:board.col.meeting')}</th>
            <th scope="col">{t('ui:board.col.owner')}</th>
            <th scope="col">{t('ui:board.col.budget')}</th>
            <th scope="col">{t('ui:board.col.deadline')}</th>
            <th scope="col">{t('ui:board.col.status')}</th>
            <th scope="col">
              {t('ui:board.col.evaluation')}
              <sup>*</sup>
            </th>
            <th scope="col">{t('ui:board.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Fragment key={row.key}>
              <tr className={row.overdue ? 'overdue' : undefined}>
                <th scope="row">
                  {row.title}
                  {row.lastProgress ? (
                    <small>
                      {t('ui:board.lastNote', {
                        on: row.lastProgress.on,
                        note: row.lastProgress.note,
                      })}
                    </small>
                  ) : null}
                  <Supervision row={row} />
                </th>
                <td>
                  {row.meetingDate} {row.meetingTitle}
                </td>
                <td>{row.owner}</td>
                <td className="num">
                  {yuan(row.budgetPlanned)} / {yuan(row.budgetSpent)}
                </td>
                <td>{row.deadline}</td>
                <td>
                  {t(`followup:label.itemStatus.${row.status}`)}
                  {row.overdue ? (
                    <span className="badge warn">{t('followup:label.overdue')}</span>
                  ) : null}
                </td>
                <td>
                  <Evaluation row={row} />
                </td>
                <td>
                  <div className="board-row-actions">
                    {ACTIONS[row.status].map((action) => (
                      <button
                        key={action}
                        type="button"
                        aria-expanded={active?.key === row.key && active.action === action}
                        onClick={() =>
                          setActive(
                            active?.key === row.key && active.action === action
                              ? null
                              : { key: row.key, action },
                          )
                        }
                      >
                        {t(`ui:board.action.${action}`)}
                      </button>
                    ))}
                  </div>
                </td>
              </tr>
              {active?.key === row.key ? (
                <tr className="board-form-row">
                  <td colSpan={8}>
                    <RowActions
                      row={row}
                      item={registry.items[row.key]}
                      action={active.action}
                      onDone={() => setActive(null)}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
      {board.rows.length > shown ? (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('ui:board.more', { count: board.rows.length - shown })}
        </button>
      ) : null}
      <p className="board-footnote">
        <sup>*</sup> {t('followup:label.rateFormula')}
      </p>
      <ErrorNote source="board" />
    </section>
  );
}

function Evaluation({ row }: { row: BoardRow }) {
  const { t } = useTranslation();
  const e = row.latestEvaluation;
  if (!e) return <span className="muted">{t('ui:board.notEvaluated')}</span>;
  return (
    <span>
      {e.meetingDate} {e.meetingTitle}
      <br />
      {t('ui:board.evaluationCounts', e.counts)}
      <br />
      <strong>
        {t('followup:label.satisfactionRate')}{' '}
        {e.satisfactionPermille === null
          ? t('followup:label.rateNone')
          : percent(e.satisfactionPermille)}
      </strong>
    </span>
  );
}

/** 督办: the street office's latest comment on the item, and how many it wrote. */
function Supervision({ row }: { row: BoardRow }) {
  const { t, i18n } = useTranslation();
  const c = row.latestSupervision;
  if (!c) return null;
  return (
    <small className="board-supervision" data-testid="board-supervision">
      <span className="badge supervision">{t('followup:label.supervision')}</span>
      {c.body}{' '}
      <span className="muted">
        {t('followup:label.supervisionBy', {
          author: c.author,
          date: new Date(c.writtenAt).toLocaleDateString(i18n.language),
        })}
        {row.supervisionCount > 1
          ? `；${t('followup:label.supervisionMore', { count: row.supervisionCount })}`
          : ''}
      </span>
    </small>
  );
}
