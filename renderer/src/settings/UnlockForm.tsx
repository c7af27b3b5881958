import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityStatus } from './identity-status';

type Props = Readonly<{
  locked: NonNullable<IdentityStatus['locked']>;
  onUnlock: (passphrase: string) => Promise<void>;
}>;

/**
 * "签名已锁定" with what to do: type the passphrase (after each start), choose one (an old
 * password file waits to be replaced; typed twice, since it cannot be recovered), or use the
 * desktop app (the key is in its OS keychain).
 */
export function UnlockForm({ locked, onUnlock }: Props) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const choosing = locked === 'choosePassphrase';
  const mismatch = choosing && repeat !== '' && repeat !== passphrase;
  const hint =
    locked === 'passphrase'
      ? t('ui:settings.lockedPassphrase')
      : choosing
        ? t('ui:settings.lockedChoose')
        : t('ui:settings.lockedDesktop');
  return (
    <div className="signing-locked" role="status" data-testid="signing-locked">
      <strong>{t('ui:settings.locked')}</strong>
      <p>{hint}</p>
      {locked === 'desktopOnly' ? null : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (mismatch || (choosing && repeat !== passphrase)) return;
            void onUnlock(passphrase).then(() => {
              setPassphrase('');
              setRepeat('');
            });
          }}
        >
          <label>
            {choosing ? t('ui:settings.newPassphrase') : t('ui:settings.passphrase')}
            <input
              type="password"
              value={passphrase}
              autoComplete={choosing ? 'new-password' : 'current-password'}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </label>
          {choosing ? (
            <label>
              {t('ui:settings.repeatPassphrase')}
              <input
                type="password"
                value={repeat}
                autoComplete="new-password"
                aria-invalid={mismatch}
                onChange={(event) => setRepeat(event.target.value)}
              />
            </label>
          ) : null}
          {mismatch ? <p className="error-note">{t('ui:settings.mismatch')}</p> : null}
          <button type="submit" disabled={passphrase === '' || (choosing && repeat !== passphrase)}>
            {choosing ? t('ui:settings.setPassphrase') : t('ui:settings.unlock')}
          </button>
        </form>
      )}
    </div>
  );
}
