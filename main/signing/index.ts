// The signing layer's public face: the installation's identity, signing and verification.
export {
  ensureIdentity,
  normaliseFingerprint,
  trustedFingerprints,
  type SigningIdentity,
} from './identity';
export {
  openKeyring,
  type Keyring,
  type KeyringStatus,
  type LockReason,
  type Protection,
} from './keyring';
export { type OsKeychain } from './keychain';
export { PASSPHRASE_MIN_LENGTH, SigningError, type SigningErrorCode } from './errors';
export { signPdf } from './sign';
export { verifyPdf, type VerifyOptions, type VerifyResult, type VerifyStatus } from './verify';
export { type SignatureRequest } from './placeholder';
