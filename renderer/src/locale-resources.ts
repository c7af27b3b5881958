import type { Catalogue, Locale } from '../../shared/i18n/types';
import zhCN from '../../shared/i18n/zh-CN';

export { NAMESPACES, type Namespace } from '../../shared/i18n/types';

/**
 * The renderer's stand-in for shared/i18n/resources.ts (vite.config.ts puts it in place of that
 * module): zh-CN, the first language, comes with the first screen; zh-TW and en are added here by
 * loadLocale (i18n.ts) when the chair picks one, so the core's own translators (rule words, the
 * minutes preview) read the same locales as react-i18next.
 */
export const resources: Partial<Record<Locale, Catalogue>> = { 'zh-CN': zhCN };
