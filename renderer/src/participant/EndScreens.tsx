import { useTranslation } from 'react-i18next';
import { useSession } from './context';

/** A single line while something is on its way (connecting, redeeming a slip). */
export function NoticeScreen({ text }: { text: string }) {
  return (
    <section className="ph-card" data-testid="phone-notice" aria-live="polite">
      <div className="ph-spinner" aria-hidden="true" />
      <p className="ph-lead">{text}</p>
    </section>
  );
}

/** 散会: nothing more to do on this phone. */
export function ClosedScreen() {
  const { t } = useTranslation();
  return (
    <section className="ph-card" data-testid="phone-closed">
      <h1>{t('participant:closed.heading')}</h1>
      <p className="ph-lead">{t('participant:closed.body')}</p>
    </section>
  );
}

/** The room's codes changed or the room is off: only the chair's new QR code helps. */
export function DeadScreen() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <section className="ph-card" data-testid="phone-dead" role="alert">
      <h1>{t('participant:dead.heading')}</h1>
      <p className="ph-lead">{t('participant:dead.body')}</p>
      <button type="button" className="ph-secondary" onClick={() => session.restart()}>
        {t('participant:dead.retype')}
      </button>
    </section>
  );
}
