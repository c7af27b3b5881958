import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, NAMESPACES, resources, type Locale } from '../../shared/i18n';

const STORAGE_KEY = 'yishiting.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage may be unavailable (sandboxed or private window); the default is fine.
  }
  return DEFAULT_LOCALE;
}

/** The renderer reads the same catalogue as the core and the CLI, through react-i18next. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: DEFAULT_LOCALE,
  ns: [...NAMESPACES],
  defaultNS: 'ui',
  nsSeparator: ':',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export function setLocale(locale: Locale): void {
  void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across reloads; nothing else depends on it.
  }
}
