import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { BeforeMeeting } from '../Documents/BeforeMeeting';
import { DisplayMessage } from '../DisplayMessage';
import { ErrorNote } from '../ErrorNote';
import { useMeeting } from '../meeting-hooks';
import { AgendaEditor } from './AgendaEditor';
import { CompositionCheck } from './CompositionCheck';
import { MeetingDetails } from './MeetingDetails';
import { RosterEditor } from './RosterEditor';
import { RosterImport } from './RosterImport';
import type { ReactNode } from 'react';

/**
 * After 散会 the core refuses every change made here; the controls say so by being disabled (a
 * disabled fieldset disables everything inside it), with the banner above as their reason.
 */
function Editors({ closed, children }: { closed: boolean; children: ReactNode }) {
  return (
    <fieldset
      className="prepare-editors"
      data-testid="prepare-editors"
      disabled={closed}
      aria-describedby={closed ? 'prepare-closed' : undefined}
    >
      {children}
    </fieldset>
  );
}

/** 筹备: details, roster (typed or imported), agenda, and the composition check; then start. */
export function PrepareScreen() {
  const { t } = useTranslation();
  const status = useMeeting((state) => state.meeting?.status);
  const send = useAppStore((state) => state.send);
  const setTab = useAppStore((state) => state.setTab);
  return (
    <div className="prepare">
      <div className="prepare-bar">
        {status === 'draft' ? (
          <button
            type="button"
            onClick={() =>
              void send('meeting', { type: 'meeting/open' }).then((ok) => {
                if (ok) setTab('run');
              })
            }
          >
            {t('ui:chair.run.start')}
          </button>
        ) : status === 'closed' ? (
          <p className="closed-banner" role="note" id="prepare-closed" data-testid="prepare-closed">
            {t('ui:chair.prepare.closed')}
          </p>
        ) : (
          <p className="muted">{t('ui:chair.prepare.alreadyStarted')}</p>
        )}
        <ErrorNote source="meeting" />
      </div>
      <div className="prepare-grid">
        <div className="prepare-col">
          <Editors closed={status === 'closed'}>
            <MeetingDetails />
            <CompositionCheck />
            <AgendaEditor />
          </Editors>
        </div>
        <div className="prepare-col">
          <Editors closed={status === 'closed'}>
            <RosterImport />
            <RosterEditor />
          </Editors>
          <DisplayMessage />
          <BeforeMeeting />
        </div>
      </div>
    </div>
  );
}
