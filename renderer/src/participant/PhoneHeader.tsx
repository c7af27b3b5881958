import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale } from '../../../shared/i18n';
import { setLocale } from '../i18n';
import { usePhone } from './context';

/** Each language named in itself, so a reader finds theirs whatever the page shows now. */
const LANGUAGE_NAMES = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' } as const;

/** The page's top line: the meeting (once known) and the language, chosen on this phone. */
export function PhoneHeader() {
  const { t, i18n } = useTranslation();
  const title = usePhone((view) => {
    const phase = view.state.phase;
    if (view.state.view?.meeting) return view.state.view.meeting.title;
    return phase.kind === 'pick' ? (phase.roster?.meetingTitle ?? null) : null;
  });
  return (
    <header className="ph-header">
      <div className="ph-header-text">
        <span className="ph-app">{t('participant:appName')}</span>
        {title ? (
          <span className="ph-meeting" data-testid="phone-meeting">
            {title}
          </span>
        ) : null}
      </div>
      <label className="ph-language">
        <span className="ph-hidden">{t('participant:language')}</span>
        <select
          value={i18n.language}
          onChange={(event) => {
            const locale = event.target.value;
            if (isLocale(locale)) void setLocale(locale).catch(() => undefined);
          }}
          data-testid="phone-language"
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
