// The dashboard's words in its three languages (a few kilobytes each, so all come with the page:
// a dynamic import here would make Vite share its preload helper with the console and put an
// import in front of the console's first script). The choice is remembered in this browser.
import { createContext, useContext } from 'react';
import en from '../../../shared/i18n/hub/en';
import zhCN, { type HubWords } from '../../../shared/i18n/hub/zh-CN';
import zhTW from '../../../shared/i18n/hub/zh-TW';
import { fill } from '../../../shared/i18n/hub/fill';

export type HubLocale = 'zh-CN' | 'zh-TW' | 'en';
export const HUB_LOCALES: readonly HubLocale[] = ['zh-CN', 'zh-TW', 'en'];
export const LOCALE_NAMES: Readonly<Record<HubLocale, string>> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};
const STORAGE_KEY = 'yishiting.hub.locale';

export const HUB_WORDS: Readonly<Record<HubLocale, HubWords>> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
};

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
