import { translator, type Locale } from '../../shared/i18n';
import { describeError } from '../../shared/i18n/describe-error';
import { asRepositoryError } from '../backend/signing';
import { BundleError } from '../bundle';
import { failureReason } from '../cli/failure';
import { HubLinkError } from './errors';

type Params = Readonly<Record<string, string | number>>;

/**
 * A refusal in the chair's language: the hub's own words when it sent them in that language,
 * else ours for its code (the bundle's and the hub's refusal codes are in `storage:bundle.refused`,
 * the hub link's own in `followup:hubLink`), so a hub of another version still reads as words.
 */
export function describeRefusal(
  code: string,
  params: Params,
  message: Readonly<Record<string, string>> | null,
  locale: Locale,
): string {
  const hub = message?.[locale];
  if (hub) return hub;
  const t = translator(locale);
  // i18next answers a missing key with the key (without its namespace): not words.
  const key = `bundle.refused.${code}`;
  const local = t(`storage:${key}`, { file: '', detail: '', ...params });
  if (!local.endsWith(key)) return local;
  return describeError(t, { code, params: { ...params } });
}

/** Why a bundle could not be made or sent, in the chair's language. */
export function describeFailure(error: unknown, locale: Locale): string {
  if (error instanceof HubLinkError) return describeRefusal(error.code, error.params, null, locale);
  if (error instanceof BundleError) return error.describe(locale);
  return failureReason(asRepositoryError(error), locale);
}
