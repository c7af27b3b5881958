import { translator, type Locale } from '../../shared/i18n';

/**
 * Why a bundle is refused: a closed list, each put into words in zh-CN, zh-TW and en by the
 * catalogue (storage:bundle.refused.<code>). The hub will show the same words to the community.
 */
export type BundleRefusalCode =
  /** Not a zip, or a damaged one. */
  | 'badZip'
  /** Too large, or too many files, before anything is inflated. */
  | 'oversize'
  /** A file inflates beyond the size it declares: a zip bomb. */
  | 'zipBomb'
  /** A file name that no bundle has (a path, an odd character, a name twice). */
  | 'badFileName'
  /** A file the bundle needs, or one its manifest lists, is not there. */
  | 'missingFile'
  /** A file the manifest does not list. */
  | 'extraFile'
  /** A file's size or SHA-256 is not what the manifest says. */
  | 'hashMismatch'
  /** manifest.sig does not sign this manifest.json. */
  | 'badSignature'
  /** manifest.sig is signed by another key than certificate.pem's. */
  | 'signerMismatch'
  /** Sound, but signed by a certificate the reader does not know. */
  | 'untrustedSigner'
  /** A file does not have the format it must have (manifest, journal, state, registry rows). */
  | 'schema'
  /** state.json is not the state its own journal replays to. */
  | 'stateMismatch'
  /** A phone number or a private note, which never leave the laptop. */
  | 'privateData'
  /** A PDF whose own signature is broken. */
  | 'pdfSignature';

export type BundleRefusal = Readonly<{
  code: BundleRefusalCode;
  params: Readonly<Record<string, string | number>>;
}>;

export const refusal = (
  code: BundleRefusalCode,
  params: Readonly<Record<string, string | number>> = {},
): BundleRefusal => ({ code, params });

/** A refusal in the reader's language. */
export function describeBundleRefusal(refused: BundleRefusal, locale: Locale): string {
  return translator(locale)(`storage:bundle.refused.${refused.code}`, {
    file: '',
    detail: '',
    ...refused.params,
  });
}

/** Why a bundle could not be written. */
export type BundleErrorCode = 'unknownMeeting' | 'chainDamaged';

export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(`yishiting: bundle.${code}`);
    this.name = 'BundleError';
  }

  describe(locale: Locale): string {
    return translator(locale)(`storage:bundle.error.${this.code}`, this.params);
  }
}
