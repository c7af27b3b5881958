import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../chair/ErrorNote';
import { useAppStore } from '../store/context';
import { fileToBase64 } from './files';

type Identity = {
  fingerprint: string | null;
  subject: string | null;
  source: 'selfSigned' | 'imported' | null;
};

/** This installation's signing certificate: its fingerprint (printed on every signed document) and import. */
export function SigningPanel() {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [password, setPassword] = useState('');
  const [file, setFile] = useState<File | null>(null);

  useEffect(() => {
    void api.call('signing/status', {}).then((result) => {
      if (result.ok) setIdentity(result.value);
    });
  }, [api]);

  const answer = (
    result:
      | { ok: true; value: Identity }
      | { ok: false; error: { code: string; params: Record<string, string | number> } },
  ) => {
    reportError('signing', result.ok ? null : result.error);
    if (result.ok) setIdentity(result.value);
  };

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
      <form
        className="settings-import"
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return;
          void fileToBase64(file).then((base64) =>
            api.call('signing/import', { base64, password }).then(answer),
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
        <button type="submit" disabled={!file}>
          {t('ui:settings.import')}
        </button>
      </form>
      <ErrorNote source="signing" />
    </section>
  );
}
