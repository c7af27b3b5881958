import { useTranslation } from 'react-i18next';
import { useSession, usePhone } from './context';
import { PhoneError } from './JoinScreens';

/** Joined, not yet signed in: one big button, counted exactly like the chair's click. */
export function SignInScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const name = usePhone((view) => view.state.self?.name ?? '');
  const observer = usePhone((view) => view.state.self?.role === 'observer');
  const busy = usePhone((view) => view.busy || !view.state.connected);
  return (
    <section className="ph-card ph-signin" data-testid="phone-signin">
      <h1>
        {t('participant:signIn.greeting', { name })}
        {observer ? <span className="ph-chip">{t('participant:signIn.observer')}</span> : null}
      </h1>
      <p className="ph-lead">{t('participant:signIn.hint')}</p>
      <PhoneError />
      <button
        type="button"
        className="ph-primary ph-huge"
        disabled={busy}
        onClick={() => void session.signIn()}
        data-testid="phone-signin-button"
      >
        {t('participant:signIn.button')}
      </button>
    </section>
  );
}
