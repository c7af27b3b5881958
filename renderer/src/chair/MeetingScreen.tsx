import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import type { MeetingStatus } from '../../../shared/domain';
import { useAppStore } from '../store/context';
import type { ChairTab } from '../store/chair-slice';
import { CloseScreen } from './Close/CloseScreen';
import { useFormat } from './format';
import { useMeeting } from './meeting-hooks';
import { PrepareScreen } from './Prepare/PrepareScreen';
import { RunScreen } from './Run/RunScreen';

const TABS: readonly ChairTab[] = ['prepare', 'run', 'close'];

/** Where a meeting opens: a draft to preparation, a running one to the live screen, a closed one to its minutes. */
export function defaultTab(status: MeetingStatus | undefined): ChairTab {
  if (status === 'open') return 'run';
  if (status === 'closed') return 'close';
  return 'prepare';
}

/** The open meeting: its title and save state, and the three screens of its life. */
export function MeetingScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const meeting = useMeeting((state) => state.meeting);
  const saved = useAppStore((state) => state.snapshot?.save.saved ?? true);
  const saveError = useAppStore((state) => state.snapshot?.save.error ?? null);
  const chosen = useAppStore((state) => state.tab);
  const setTab = useAppStore((state) => state.setTab);
  if (!meeting) return null;
  const tab = chosen ?? defaultTab(meeting.status);
  return (
    <main className="meeting-screen">
      <div className="meeting-head">
        <div className="meeting-head-title">
          <h1 id="meeting-title">{meeting.title}</h1>
          <p className="muted">
            {format.date(meeting.date)}
            {meeting.place ? ` · ${meeting.place}` : ''} ·{' '}
            <span className={`badge status-${meeting.status}`}>
              {t(`ui:status.${meeting.status}`)}
            </span>{' '}
            <span className={saved ? 'muted' : 'error-note'}>
              {saved ? t('ui:save.saved') : t('ui:save.pending')}
            </span>
          </p>
          {saveError ? (
            <p className="error-note" role="alert">
              {describeError((key, params) => t(key, params as Record<string, unknown>), saveError)}
            </p>
          ) : null}
        </div>
        <nav className="tabs" aria-label={t('ui:chair.tabs.label')}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              className={name === tab ? 'tab active' : 'tab'}
              aria-current={name === tab ? 'page' : undefined}
              onClick={() => setTab(name)}
            >
              {t(`ui:chair.tabs.${name}`)}
            </button>
          ))}
        </nav>
      </div>
      {tab === 'prepare' ? <PrepareScreen /> : tab === 'run' ? <RunScreen /> : <CloseScreen />}
    </main>
  );
}
