// The signing layer's public face: the installation's identity, signing and verification.
export {
  ensureIdentity,
  importPkcs12,
  loadIdentity,
  normaliseFingerprint,
  trustedFingerprints,
  type SigningIdentity,
} from './identity';
export { signPdf } from './sign';
export { verifyPdf, type VerifyOptions, type VerifyResult, type VerifyStatus } from './verify';
export { type SignatureRequest } from './placeholder';
