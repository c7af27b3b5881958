import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectorWindowAction, ProjectorWindowStatus } from '../../../shared/api';
import { ErrorNote } from '../chair/ErrorNote';
import { useAppStore } from '../store/context';

/**
 * The desktop app's projector window from the chair console: open or close it, full screen, and
 * which display it is on. The browser version has no such window, so nothing is shown there.
 */
export function WindowPanel() {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const [status, setStatus] = useState<ProjectorWindowStatus | null>(null);
  useEffect(() => {
    void api.call('projectorWindow/status', {}).then((result) => {
      if (result.ok) setStatus(result.value);
    });
  }, [api]);
  if (!status?.available) return null;

  const act = async (action: ProjectorWindowAction) => {
    const result = await api.call('projectorWindow/act', { action });
    reportError('projector-window', result.ok ? null : result.error);
    if (result.ok) setStatus(result.value);
  };
  return (
    <fieldset className="pc-window">
      <legend>{t('ui:projectorControls.window.heading')}</legend>
      <p className="muted" role="status">
        {status.open
          ? t('ui:projectorControls.window.where', {
              display: status.display ?? 1,
              displays: status.displays,
            })
          : t('ui:projectorControls.window.closed')}
        {status.open && status.fullscreen ? ` · ${t('ui:projectorControls.window.full')}` : ''}
      </p>
      <div className="row wrap">
        <button type="button" onClick={() => void act(status.open ? 'close' : 'show')}>
          {t(
            status.open ? 'ui:projectorControls.window.close' : 'ui:projectorControls.window.show',
          )}
        </button>
        <button type="button" disabled={!status.open} onClick={() => void act('toggleFullscreen')}>
          {t('ui:projectorControls.window.fullscreen')}
        </button>
        <button
          type="button"
          disabled={!status.open || status.displays < 2}
          onClick={() => void act('moveToNextDisplay')}
        >
          {t('ui:projectorControls.window.move')}
        </button>
      </div>
      <ErrorNote source="projector-window" />
    </fieldset>
  );
}
