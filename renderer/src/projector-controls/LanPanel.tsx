import { useTranslation } from 'react-i18next';
import type { ApiError, LanStatus } from '../../../shared/api';
import { ErrorNote } from '../chair/ErrorNote';
import { useAppStore } from '../store/context';

/** Turns the read-only LAN display on or off, shows its address as text and QR code, rotates the token. */
export function LanPanel({
  status,
  onChange,
}: {
  status: LanStatus | null;
  onChange: (status: LanStatus) => void;
}) {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);

  const run = async (
    request: Promise<{ ok: true; value: LanStatus } | { ok: false; error: ApiError }>,
  ) => {
    const result = await request;
    reportError('lan', result.ok ? null : result.error);
    if (result.ok) onChange(result.value);
  };

  const enabled = status?.enabled ?? false;
  return (
    <section className="pc-lan" aria-labelledby="lan-heading">
      <h3 id="lan-heading">{t('ui:projectorControls.lan')}</h3>
      <p className="muted">{t('ui:projectorControls.lanHint')}</p>
      <label className="pc-row">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => void run(api.call('lan/set', { enabled: event.target.checked }))}
        />
        {t('ui:projectorControls.lanOn')}
      </label>
      {enabled && status ? (
        <>
          {status.qrSvg ? (
            <img
              className="pc-qr"
              alt={t('ui:projectorControls.qrAlt')}
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.qrSvg)}`}
            />
          ) : null}
          <ul className="pc-urls" data-testid="lan-urls">
            {status.urls.map((url) => (
              <li key={url}>
                <code>{url}</code>
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('ui:projectorControls.lanConnected', { count: status.connected })}
          </p>
          <button type="button" onClick={() => void run(api.call('lan/rotateToken', {}))}>
            {t('ui:projectorControls.rotate')}
          </button>
        </>
      ) : null}
      <ErrorNote source="lan" />
    </section>
  );
}
