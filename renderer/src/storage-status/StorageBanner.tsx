import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import { useAppStore } from '../store/context';

/**
 * What storage has to tell the chair, in their language: a disk that refuses writes (the meeting
 * goes on in memory and is saved once it can be), and what was repaired when the meeting opened.
 */
export function StorageBanner() {
  const { t } = useTranslation();
  const save = useAppStore((state) => state.snapshot?.save ?? null);
  const recovery = useAppStore((state) => state.snapshot?.recovery ?? null);
  const meetingId = useAppStore((state) => state.snapshot?.meetingId ?? null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const translate = (key: string, params?: Readonly<Record<string, unknown>>) =>
    t(key, params as Record<string, unknown>);
  return (
    <>
      {save && save.error ? (
        <p className="storage-banner warn" role="alert" data-testid="save-error">
          {describeError(translate, save.error)}
        </p>
      ) : null}
      {recovery && recovery.length > 0 && dismissed !== meetingId ? (
        <div className="storage-banner info" role="status" data-testid="recovery-notices">
          <strong>{t('ui:storage.recovered')}</strong>
          <ul>
            {recovery.map((notice, index) => (
              <li key={index}>{describeError(translate, notice)}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setDismissed(meetingId)}>
            {t('ui:storage.understood')}
          </button>
        </div>
      ) : null}
    </>
  );
}
