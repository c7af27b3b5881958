import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/context';

/**
 * What the room sees: fed only by the projector view (no chair notes, no secret ballots).
 * The full display (speaker countdown, queue, tallies) is the projector issue.
 */
export function ProjectorApp() {
  const { t } = useTranslation();
  const view = useAppStore((state) => state.view);
  const connected = useAppStore((state) => state.connected);
  if (!view) {
    return (
      <main className="projector welcome">
        <h1>{t('ui:projector.welcome')}</h1>
        {connected ? null : <p className="projector-offline">{t('ui:connection.offline')}</p>}
      </main>
    );
  }
  return (
    <main className="projector">
      <h1 className="projector-title">{view.meeting?.title ?? ''}</h1>
      {view.display ? (
        <p className="projector-message" data-testid="projector-message">
          {view.display.text}
        </p>
      ) : null}
    </main>
  );
}
