import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../chair/ErrorNote';
import { machineTimeZone } from '../chair/format';
import { calendarDay, clockTimeWithSeconds } from '../../../shared/time';
import { useAppStore } from '../store/context';
import { fileToBase64 } from './files';

type Verdict = {
  status: 'valid' | 'modified' | 'notSigned' | 'unknownSigner' | 'unreadable';
  signer: string | null;
  signedAt: number | null;
  fingerprint: string | null;
};

/** "Verify a document": an auditor picks a PDF and reads whether it is as signed, by whom and when. */
export function VerifyPanel() {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  const check = async (file: File) => {
    setVerdict(null);
    const result = await api.call('documents/verify', { base64: await fileToBase64(file) });
    reportError('verify', result.ok ? null : result.error);
    if (result.ok) setVerdict(result.value);
  };

  return (
    <section className="panel" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('ui:settings.verify')}</h2>
      <label>
        {t('ui:settings.pdfFile')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void check(file);
          }}
        />
      </label>
      {verdict ? (
        <div
          className={verdict.status === 'valid' ? 'verdict ok' : 'verdict bad'}
          role="status"
          data-testid="verdict"
          data-status={verdict.status}
        >
          <p>{t(`documents:verify.${verdict.status}`, { reason: '' })}</p>
          {verdict.signer ? (
            <p>{t('documents:verify.signer', { signer: verdict.signer })}</p>
          ) : null}
          {verdict.signedAt ? (
            <p>
              {t('documents:verify.signedAt', {
                // A file checked here may come from any meeting: this computer's zone, named.
                time: `${calendarDay(verdict.signedAt, machineTimeZone())} ${clockTimeWithSeconds(verdict.signedAt, machineTimeZone())} (${machineTimeZone()})`,
              })}
            </p>
          ) : null}
          {verdict.fingerprint ? (
            <p>
              {t('documents:verify.fingerprint', { fingerprint: '' })}
              <code>{verdict.fingerprint}</code>
            </p>
          ) : null}
        </div>
      ) : null}
      <ErrorNote source="verify" />
    </section>
  );
}
