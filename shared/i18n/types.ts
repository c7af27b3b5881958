/** A namespace of the catalogue: nested keys, leaves are i18next strings with {{params}}. */
export type Messages = { readonly [key: string]: string | Messages };

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Text that the core carries in all three locales (preset names, legal sources). */
export type LocalizedText = Readonly<Record<Locale, string>>;
