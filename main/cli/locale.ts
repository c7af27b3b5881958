import { Option } from 'commander';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/i18n';

export type LocaleOptions = Readonly<{ lang: Locale }>;

/** --lang for commands that print words for people: zh-CN first, as in the app. */
export function localeOption(): Option {
  return new Option('--lang <locale>', 'language of the output')
    .choices([...LOCALES])
    .default(DEFAULT_LOCALE);
}
