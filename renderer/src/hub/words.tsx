// The dashboard's words: zh-CN comes with the page, zh-TW and en are fetched when chosen. The
// choice is remembered in this browser.
import { createContext, useContext } from 'react';
import zhCN, { type HubWords } from '../../../shared/i18n/hub/zh-CN';
import { fill } from '../../../shared/i18n/hub/fill';

export type HubLocale = 'zh-CN' | 'zh-TW' | 'en';
export const HUB_LOCALES: readonly HubLocale[] = ['zh-CN', 'zh-TW', 'en'];
export const LOCALE_NAMES: Readonly<Record<HubLocale, string>> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};
const STORAGE_KEY = 'yishiting.hub.locale';

export async function loadWords(locale: HubLocale): Promise<HubWords> {
  if (locale === 'zh-TW') return (await import('../../../shared/i18n/hub/zh-TW')).default;
  if (locale === 'en') return (await import('../../../shared/i18n/hub/en')).default;
  return zhCN;
}

export function savedLocale(): HubLocale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh-TW' || saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // Storage may be off; zh-CN is the default.
  }
  return 'zh-CN';
}

export function saveLocale(locale: HubLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; harmless.
  }
}

export type Words = Readonly<{ locale: HubLocale; w: HubWords; f: typeof fill }>;
export const WordsContext = createContext<Words>({ locale: 'zh-CN', w: zhCN, f: fill });
export const useWords = (): Words => useContext(WordsContext);
export { zhCN as DEFAULT_WORDS };
