// The hub's catalogue for main (the ledger, replies): all three locales. The dashboard page
// imports zh-CN directly and fetches the others when chosen.
import type { Locale } from '../types';
import en from './en';
import zhCN, { type HubWords } from './zh-CN';
import zhTW from './zh-TW';

export type { HubWords } from './zh-CN';
export { fill } from './fill';

export const HUB_WORDS: Readonly<Record<Locale, HubWords>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
