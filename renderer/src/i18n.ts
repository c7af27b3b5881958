import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LOCALE,
  isLocale,
  NAMESPACES,
  type Catalogue,
  type Locale,
} from '../../shared/i18n';
import { resources } from './locale-resources';

const STORAGE_KEY = 'yishiting.locale';

/**
 * The locales that do not come with the first screen: each is its own chunk, fetched when chosen
 * (tests/tooling/locale-chunks.test.ts checks the build keeps them out of the entry).
 */
const LOADERS: Readonly<Record<Exclude<Locale, 'zh-CN'>, () => Promise<Catalogue>>> = {
  'zh-TW': () => import('../../shared/i18n/zh-TW').then((module) => module.default),
  en: () => import('../../shared/i18n/en').then((module) => module.default),
};

/** The language this window starts in: the one chosen last time, else zh-CN. */
export function initialLocale(): Locale {
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
  // A copy of the table, so i18next's own additions never write into the catalogue modules.
  resources: { ...resources },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  ns: [...NAMESPACES],
  defaultNS: 'ui',
  nsSeparator: ':',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

const loading = new Map<Locale, Promise<void>>();

/** Fetches a locale's catalogue once and hands it to react-i18next and to the core's translators. */
export function loadLocale(locale: Locale): Promise<void> {
  // zh-CN (DEFAULT_LOCALE) is always there: it came with the first screen.
  if (locale === 'zh-CN' || resources[locale]) return Promise.resolve();
  const pending =
    loading.get(locale) ??
    LOADERS[locale]().then(
      (catalogue) => {
        resources[locale] = catalogue;
        for (const namespace of NAMESPACES) {
          i18n.addResourceBundle(locale, namespace, catalogue[namespace]);
        }
      },
      (error: unknown) => {
        // A failed fetch (the backend restarting) may be tried again by choosing the language again.
        loading.delete(locale);
        throw error;
      },
    );
  loading.set(locale, pending);
  return pending;
}

/** Switches the window's language, after its catalogue has arrived, and remembers the choice. */
export async function setLocale(locale: Locale): Promise<void> {
  await loadLocale(locale);
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across reloads; nothing else depends on it.
  }
}
