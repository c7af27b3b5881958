import { createInstance, type TFunction } from 'i18next';
import { resources, NAMESPACES } from './resources';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './types';

export {
  LOCALES,
  DEFAULT_LOCALE,
  type Catalogue,
  type Locale,
  type LocalizedText,
  type Messages,
} from './types';
export { resources, NAMESPACES, type Namespace } from './resources';

export type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

/** Values that interpolation may substitute; kept loose so typed error params pass straight in. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const cache = new Map<Locale, Translate>();

/**
 * A synchronous translator for one locale, usable in the CLI, the backend and tests alike.
 * Keys are 'namespace:path.to.key'. Falls back to zh-CN, the app's first language.
 */
export function translator(locale: Locale = DEFAULT_LOCALE): Translate {
  const hit = cache.get(locale);
  if (hit) return hit;
  const instance = createInstance();
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    nsSeparator: ':',
    keySeparator: '.',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  const t: TFunction = instance.t.bind(instance);
  const translate: Translate = (key, params) => t(key, params as Record<string, unknown>) as string;
  // The renderer holds only the locales it loaded: a translator made before its locale arrived
  // (falling back to zh-CN) is not kept, so the next call after loading gets the real words.
  if (Object.hasOwn(resources, locale)) cache.set(locale, translate);
  return translate;
}
