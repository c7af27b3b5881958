import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/context';
import { DisplayMessage } from './DisplayMessage';

/**
 * The open meeting. For now: its details and the projector message; the full run screen (agenda,
 * sign-in, queue, timer, votes) is the chair-console issue.
 */
export function MeetingScreen() {
  const { t } = useTranslation();
  const meeting = useAppStore((state) => state.snapshot?.state.meeting ?? null);
  const saved = useAppStore((state) => state.snapshot?.save.saved ?? true);
  if (!meeting) return null;
  return (
    <main className="meeting">
      <section className="panel" aria-labelledby="meeting-title">
        <h1 id="meeting-title">{meeting.title}</h1>
        <p className="muted">
          {meeting.date} · {meeting.place} · {t(`ui:status.${meeting.status}`)}
        </p>
        <p className={saved ? 'muted' : 'error-note'}>
          {saved ? t('ui:save.saved') : t('ui:save.pending')}
        </p>
      </section>
      <DisplayMessage />
    </main>
  );
}
