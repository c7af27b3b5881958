// Refusals of the signing layer, as a code and parameters that the catalogues put into words
// (ui:errors.signing.*). Thrown by the keyring; the backend and the CLI turn them into answers.

export type SigningErrorCode =
  /** The key is protected by a passphrase that has not been given since the app started. */
  | 'signing.locked'
  /** The passphrase does not open the key (nothing changed). */
  | 'signing.wrongPassphrase'
  /** No OS keychain here, so an imported key needs a passphrase to be stored at all. */
  | 'signing.passphraseRequired'
  /** A passphrase shorter than PASSPHRASE_MIN_LENGTH. */
  | 'signing.passphraseTooShort'
  /** The key is held by the desktop app's OS keychain, which this process cannot reach. */
  | 'signing.desktopOnly'
  /** A stored identity file that cannot be read (damaged, or from a newer version). */
  | 'signing.unreadable'
  /** Re-issue asked while an organisation's certificate is in force: its name is its own. */
  | 'signing.reissueImported'
  /** Re-issue asked before a 发文单位 is set in settings. */
  | 'signing.noIssuerName';

export class SigningError extends Error {
  constructor(
    readonly code: SigningErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`yishiting: ${code}`);
    this.name = 'SigningError';
  }
}

/** Shortest passphrase accepted: it is all that stands between the folder and the key. */
export const PASSPHRASE_MIN_LENGTH = 8;
