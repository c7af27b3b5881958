import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HubSendResult, HubSyncResult } from '../../../shared/api';

/** One meeting's result: accepted, already there, or refused/not delivered with the reason. */
function resultWords(t: TFunction, result: HubSendResult) {
  if (result.status === 'refused' || result.status === 'failed')
    return t(`followup:hub.result.${result.status}`, { reason: result.reason });
  return t(`followup:hub.result.${result.status}`);
}

/** Per-meeting results of the last send (or those the log keeps), refusals in words. */
export function SendResults({ results }: { results: readonly HubSendResult[] }) {
  const { t } = useTranslation();
  if (results.length === 0) return null;
  return (
    <table className="hub-results" data-testid="hub-results">
      <caption>{t('followup:hub.resultsHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('followup:hub.col.meeting')}</th>
          <th scope="col">{t('followup:hub.col.sequence')}</th>
          <th scope="col">{t('followup:hub.col.result')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr key={result.meetingId} className={`hub-${result.status}`}>
            <th scope="row">
              {result.date} {result.title}
            </th>
            <td className="num">{result.sequence ?? '—'}</td>
            <td>{resultWords(t, result)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What a sync brought: comments recorded, comments about unknown items, bundles refused. */
export function SyncResult({ result }: { result: HubSyncResult }) {
  const { t } = useTranslation();
  return (
    <div className="hub-sync">
      <p role="status" data-testid="hub-synced">
        {result.received > 0
          ? t('followup:hub.synced', { count: result.received })
          : t('followup:hub.syncedNone')}
      </p>
      {result.unmatched.length > 0 ? (
        <p className="error-note">
          {t('followup:hub.unmatched', {
            count: result.unmatched.length,
            items: result.unmatched.map((c) => `${c.itemKey}：${c.body}`).join('；'),
          })}
        </p>
      ) : null}
      {result.refused.length > 0 ? (
        <>
          <h3>{t('followup:hub.refusedHeading')}</h3>
          <ul className="hub-refused">
            {result.refused.map((r, index) => (
              <li key={`${r.receivedAt}-${index}`}>
                <time dateTime={r.receivedAt}>{r.receivedAt.slice(0, 10)}</time> {r.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
