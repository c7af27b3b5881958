import { DocumentInputError } from '../../shared/documents';
import { DEFAULT_LOCALE, isLocale, translator, type Locale } from '../../shared/i18n';
import { describeError } from '../../shared/i18n/describe-error';
import { RepositoryError } from '../backend/repository';
import { StorageError } from '../storage';

// Why a command failed, in the person's language. Errors that carry a catalogue code (storage,
// repository, document input) are put into words; their messages are codes, never for people.

/** Disk problems the store waits out in the app; a command that stops has nothing to wait for. */
const DISK_PROBLEMS: Readonly<Record<string, string>> = {
  'error.diskFull': 'diskFull',
  'error.readOnly': 'readOnly',
  'error.permissionDenied': 'permissionDenied',
  'error.io': 'io',
};

/** Words for an error that carries a catalogue code, or null for any other error. */
function typedWords(error: unknown, locale: Locale): string | null {
  const t = translator(locale);
  if (error instanceof StorageError) {
    const problem = DISK_PROBLEMS[error.notice.code];
    if (problem) return t('ui:cli.cannotWrite', { reason: t(`ui:cli.disk.${problem}`) });
    return describeError(t, { code: error.notice.code, params: { ...error.notice.params } });
  }
  if (error instanceof RepositoryError) return describeError(t, error.error);
  if (error instanceof DocumentInputError) return t(error.key, error.params);
  return null;
}

/** The cause of a failure, to fill a message's {{reason}}: words, or the error's own message. */
export function failureReason(error: unknown, locale: Locale): string {
  return typedWords(error, locale) ?? (error instanceof Error ? error.message : String(error));
}

/** The failure as one sentence in `locale`. */
export function describeFailure(error: unknown, locale: Locale): string {
  return (
    typedWords(error, locale) ??
    translator(locale)('ui:cli.failed', { reason: failureReason(error, locale) })
  );
}

/**
 * The --lang of a command line, for a failure that escapes the command: commander has parsed it
 * by then, but the error reaches runCli without the command's options.
 */
export function localeOfArgv(argv: readonly string[]): Locale {
  for (const [index, arg] of argv.entries()) {
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : null;
    const candidate = value ?? (arg === '--lang' ? argv[index + 1] : undefined);
    if (candidate !== undefined) return isLocale(candidate) ? candidate : DEFAULT_LOCALE;
  }
  return DEFAULT_LOCALE;
}
