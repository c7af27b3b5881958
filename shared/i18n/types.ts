/** A namespace of the catalogue: nested keys, leaves are i18next strings with {{params}}. */
export type Messages = { readonly [key: string]: string | Messages };

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const NAMESPACES = [
  'errors',
  'domain',
  'rules',
  'storage',
  'documents',
  'ui',
  'followup',
  'participant',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** One locale's messages in every namespace (shared/i18n/<locale>/index.ts). */
export type Catalogue = Readonly<Record<Namespace, Messages>>;

/** Text that the core carries in all three locales (preset names, legal sources). */
export type LocalizedText = Readonly<Record<Locale, string>>;
