import { describeBundleRefusal, type BundleRefusalCode } from '../../bundle';
import type { Locale } from '../../../shared/i18n';

/**
 * Why the hub refuses a bundle that readBundle alone would accept: who sent it, and where it
 * stands in its community's chain (design: "Chain at the hub"). Words under
 * storage:bundle.refused.<code>, beside readBundle's own.
 */
export type HubRefusalCode =
  /** The sender, or for a folder import the certificate, belongs to no enrolled community. */
  | 'notEnrolled'
  /** Signed soundly, but by another certificate than the sending community's. */
  | 'foreignCommunity'
  /** This very bundle is stored already. */
  | 'replayed'
  /** Its sequence is taken by another bundle of the community, or it predates its predecessor. */
  | 'outOfOrder'
  /** It does not link with the stored bundle before or after it. */
  | 'brokenLink';

export type IngestRefusalCode = BundleRefusalCode | HubRefusalCode;
export type RefusalParams = Readonly<Record<string, string | number>>;

export type HubRefusal = Readonly<{ code: IngestRefusalCode; params: RefusalParams }>;

export const hubRefusal = (code: IngestRefusalCode, params: RefusalParams = {}): HubRefusal => ({
  code,
  params,
});

/** A refusal (readBundle's or the hub's) in the reader's language. */
export function describeHubRefusal(code: string, params: RefusalParams, locale: Locale): string {
  return describeBundleRefusal(
    { code: code as BundleRefusalCode, params: { sequence: '', ...params } },
    locale,
  );
}
