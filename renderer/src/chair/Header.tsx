import { useTranslation } from 'react-i18next';
import { BoardScreen } from '../board/BoardScreen';
import { LOCALES, isLocale } from '../../../shared/i18n';
import { setLocale } from '../i18n';
import { ProjectorControls } from '../projector-controls/ProjectorControls';
import { SettingsDialog } from '../settings/SettingsDialog';
import { StorageBanner } from '../storage-status/StorageBanner';
import { useAppStore } from '../store/context';

export function Header() {
  const { t, i18n } = useTranslation();
  const connected = useAppStore((state) => state.connected);
  const closeMeetingView = useAppStore((state) => state.closeMeetingView);
  return (
    <header className="chair-header">
      <button type="button" className="brand" onClick={closeMeetingView}>
        {t('ui:app.name')}
      </button>
      <span className={connected ? 'badge ok' : 'badge warn'} role="status">
        {connected ? t('ui:connection.online') : t('ui:connection.offline')}
      </span>
      <ProjectorControls />
      <BoardScreen />
      <SettingsDialog />
      <label className="locale">
        {t('ui:app.language')}
        <select
          value={i18n.language}
          onChange={(event) => {
            if (isLocale(event.target.value)) void setLocale(event.target.value);
          }}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`ui:locales.${locale}`)}
            </option>
          ))}
        </select>
      </label>
      <StorageBanner />
    </header>
  );
}
