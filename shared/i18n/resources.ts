import type { Catalogue, Locale } from './types';
import zhCN from './zh-CN';
import zhTW from './zh-TW';
import en from './en';

export { NAMESPACES, type Namespace } from './types';

/**
 * The one message catalogue: every user-facing string of core, backend and UI lives here. Main,
 * the CLI and the tests hold all three locales; the renderer's build puts its own module in place
 * of this one (vite.config.ts: renderer/src/i18n/resources.ts), holding the locales it loaded.
 */
export const resources: Readonly<Record<Locale, Catalogue>> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
};
