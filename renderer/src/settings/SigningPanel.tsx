import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../chair/ErrorNote';
import { useAppStore } from '../store/context';
import { fileToBase64 } from './files';
import type { IdentityStatus } from './identity-status';
import { ReissueNote } from './ReissueNote';
import { UnlockForm } from './UnlockForm';
import type { ApiError } from '../../../shared/api';

type Answer = { ok: true; value: IdentityStatus } | { ok: false; error: ApiError };

const PROTECTION_KEYS = {
  keychain: 'ui:settings.protectionKeychain',
  passphrase: 'ui:settings.protectionPassphrase',
  fileMode: 'ui:settings.protectionFileMode',
} as const;

/**
 * This installation's signing certificate: its fingerprint (printed on every signed document),
 * how its key is protected, unlocking it after a start, and importing an organisation's.
 */
export function SigningPanel({ issuerName = '' }: Readonly<{ issuerName?: string }>) {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const [identity, setIdentity] = useState<IdentityStatus | null>(null);
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [file, setFile] = useState<File | null>(null);

  useEffect(() => {
    void api.call('signing/status', {}).then((result) => {
      if (result.ok) setIdentity(result.value);
    });
  }, [api]);

  const answer = (result: Answer) => {
    reportError('signing', result.ok ? null : result.error);
    if (result.ok) setIdentity(result.value);
    return result.ok;
  };
  // Without an OS keychain the stored key needs a passphrase; with one it is optional.
  const needsPassphrase = identity !== null && !identity.keychain;

  return (
    <section className="panel" aria-labelledby="signing-heading">
      <h2 id="signing-heading">{t('ui:settings.signing')}</h2>
      {identity?.fingerprint ? (
        <dl className="settings-facts">
          <dt>{t('ui:settings.subject')}</dt>
          <dd>{identity.subject}</dd>
          <dt>{t('ui:settings.source')}</dt>
          <dd>
            {identity.source === 'imported'
              ? t('ui:settings.imported')
              : t('ui:settings.selfSigned')}
          </dd>
          {identity.protection ? (
            <>
              <dt>{t('ui:settings.protection')}</dt>
              <dd data-testid="key-protection">{t(PROTECTION_KEYS[identity.protection])}</dd>
            </>
          ) : null}
          <dt>{t('ui:settings.fingerprint')}</dt>
          <dd>
            <code data-testid="certificate-fingerprint">{identity.fingerprint}</code>
          </dd>
        </dl>
      ) : (
        <>
          <p className="muted">{t('ui:settings.noCertificate')}</p>
          <button type="button" onClick={() => void api.call('signing/create', {}).then(answer)}>
            {t('ui:settings.create')}
          </button>
        </>
      )}
      {identity ? (
        <ReissueNote
          identity={identity}
          issuerName={issuerName}
          onReissue={() => void api.call('signing/reissue', {}).then(answer)}
        />
      ) : null}
      {identity?.locked ? (
        <UnlockForm
          locked={identity.locked}
          onUnlock={async (typed) => {
            answer(await api.call('signing/unlock', { passphrase: typed }));
          }}
        />
      ) : null}
      <form
        className="settings-import"
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return;
          void fileToBase64(file).then((base64) =>
            api
              .call('signing/import', {
                base64,
                password,
                ...(passphrase ? { passphrase } : {}),
              })
              .then((result) => {
                // Secrets leave the screen once used.
                if (answer(result)) {
                  setPassword('');
                  setPassphrase('');
                }
              }),
          );
        }}
      >
        <h3>{t('ui:settings.importHeading')}</h3>
        <label>
          {t('ui:settings.p12File')}
          <input
            type="file"
            accept=".p12,.pfx,application/x-pkcs12"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          {t('ui:settings.password')}
          <input
            type="password"
            value={password}
            autoComplete="off"
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <label>
          {needsPassphrase
            ? t('ui:settings.importPassphrase')
            : t('ui:settings.importPassphraseOptional')}
          <input
            type="password"
            value={passphrase}
            autoComplete="new-password"
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </label>
        <p className="muted">{t('ui:settings.importNote')}</p>
        <button type="submit" disabled={!file}>
          {t('ui:settings.import')}
        </button>
      </form>
      <ErrorNote source="signing" />
    </section>
  );
}
