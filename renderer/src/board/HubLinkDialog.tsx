import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubLinkStatus, HubSendResult, HubSyncResult, Result } from '../../../shared/api';
import { isLocale, type Locale } from '../../../shared/i18n';
import { ErrorNote } from '../chair/ErrorNote';
import { useModal } from '../chair/use-modal';
import { useAppStore } from '../store/context';
import { SendResults, SyncResult } from './HubLinkResults';

const SOURCE = 'board:hub';

/**
 * 报送街道办: links this installation to the street office's hub once (address + one-time code),
 * then sends closed meetings' bundles and fetches 督办 comments, with each meeting's result and
 * every refusal in words. Opened from the board, in a dialog over it.
 */
export function HubLinkEntry() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { ref, onClose } = useModal(
    open,
    useCallback(() => setOpen(false), []),
  );
  return (
    <>
      <button type="button" data-testid="hub-open" onClick={() => setOpen(true)}>
        {t('followup:hub.open')}
      </button>
      <dialog ref={ref} className="hub-dialog" aria-labelledby="hub-title" onClose={onClose}>
        {open ? <HubLinkBody onDone={() => setOpen(false)} /> : null}
      </dialog>
    </>
  );
}

function useHubLink() {
  const { i18n } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const [status, setStatus] = useState<HubLinkStatus | null>(null);
  const [working, setWorking] = useState(false);
  const run = useCallback(
    async <T,>(work: () => Promise<Result<T>>): Promise<T | null> => {
      setWorking(true);
      try {
        const result = await work();
        reportError(SOURCE, result.ok ? null : result.error);
        return result.ok ? result.value : null;
      } finally {
        setWorking(false);
      }
    },
    [reportError],
  );
  const refresh = useCallback(async () => {
    const result = await api.call('hubLink/status', { locale });
    if (result.ok) setStatus(result.value);
    else reportError(SOURCE, result.error);
  }, [api, locale, reportError]);
  useEffect(() => {
    let live = true;
    void api.call('hubLink/status', { locale }).then((result) => {
      if (!live) return;
      if (result.ok) setStatus(result.value);
      else reportError(SOURCE, result.error);
    });
    return () => {
      live = false;
    };
  }, [api, locale, reportError]);
  return { api, locale, status, setStatus, working, run, refresh };
}

function HubLinkBody({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { api, locale, status, setStatus, working, run, refresh } = useHubLink();
  const [sent, setSent] = useState<readonly HubSendResult[] | null>(null);
  const [synced, setSynced] = useState<HubSyncResult | null>(null);
  const send = async () => {
    setSynced(null);
    const value = await run(() => api.call('hubLink/send', { locale }));
    if (value) setSent(value.results);
    await refresh();
  };
  const sync = async () => {
    const value = await run(() => api.call('hubLink/sync', { locale }));
    if (value) setSynced(value);
    await refresh();
  };
  const enrol = (address: string, code: string) =>
    void run(() => api.call('hubLink/enrol', { address, code, locale })).then((value) => {
      if (value) setStatus(value);
    });
  const results = sent ?? status?.sends ?? [];
  const counts = (name: HubSendResult['status']) => results.filter((r) => r.status === name).length;
  return (
    <div className="hub-body">
      <div className="hub-head">
        <h2 id="hub-title">{t('followup:hub.title')}</h2>
        <button type="button" onClick={onDone}>
          {t('followup:hub.close')}
        </button>
      </div>
      <p className="hub-intro">{t('followup:hub.intro')}</p>
      {status?.damaged ? (
        <p className="error-note">
          {t('followup:hubLink.linkDamaged', { keptAs: status.damaged })}
        </p>
      ) : null}
      {status && !status.linked ? <EnrolForm working={working} onSubmit={enrol} /> : null}
      {status?.linked ? (
        <>
          <p data-testid="hub-linked">
            <strong>
              {t('followup:hub.enrolled', {
                community: status.communityName,
                communityId: status.communityId,
              })}
            </strong>
            <br />
            {t('followup:hub.linkedTo', {
              address: status.address,
              date: new Date(status.enrolledAt ?? 0).toLocaleDateString(i18n.language),
            })}
          </p>
          <div className="hub-actions">
            <button
              type="button"
              disabled={working}
              data-testid="hub-send"
              onClick={() => void send()}
            >
              {t('followup:hub.send')}
            </button>
            <button
              type="button"
              disabled={working}
              data-testid="hub-sync"
              onClick={() => void sync()}
            >
              {t('followup:hub.sync')}
            </button>
            {working ? <span role="status">{t('followup:hub.working')}</span> : null}
          </div>
          {sent ? (
            <p role="status" data-testid="hub-sent">
              {sent.length === 0
                ? t('followup:hub.nothingToSend')
                : t('followup:hub.sentSummary', {
                    accepted: counts('accepted'),
                    already: counts('replayed'),
                    refused: counts('refused'),
                    failed: counts('failed'),
                  })}
            </p>
          ) : null}
          {status.missing.length > 0 ? (
            <p className="error-note" data-testid="hub-missing">
              {t('followup:hub.missing', { list: status.missing.join('、') })}
            </p>
          ) : null}
          {synced ? <SyncResult result={synced} /> : null}
          <SendResults results={results} />
          {/* The hub no longer knows this installation (a new code was issued): enrol again. */}
          <details className="hub-reenrol">
            <summary>{t('followup:hub.reenrol')}</summary>
            <EnrolForm working={working} onSubmit={enrol} address={status.address ?? ''} />
          </details>
        </>
      ) : null}
      <ErrorNote source={SOURCE} />
    </div>
  );
}

function EnrolForm({
  working,
  onSubmit,
  address: given = '',
}: {
  working: boolean;
  onSubmit: (address: string, code: string) => void;
  address?: string;
}) {
  const { t } = useTranslation();
  const [address, setAddress] = useState(given);
  const [code, setCode] = useState('');
  return (
    <form
      className="hub-enrol"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(address, code);
      }}
    >
      <p>{t('followup:hub.notLinked')}</p>
      <label>
        {t('followup:hub.address')}
        <input
          type="url"
          required
          value={address}
          placeholder={t('followup:hub.addressHint')}
          data-testid="hub-address"
          onChange={(event) => setAddress(event.target.value)}
        />
      </label>
      <label>
        {t('followup:hub.code')}
        <input
          required
          value={code}
          autoComplete="off"
          placeholder={t('followup:hub.codeHint')}
          data-testid="hub-code"
          onChange={(event) => setCode(event.target.value)}
        />
      </label>
      <button type="submit" disabled={working} data-testid="hub-enrol">
        {t('followup:hub.enrol')}
      </button>
    </form>
  );
}
