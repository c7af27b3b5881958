import { SignPdf } from '@signpdf/signpdf';
import type { SigningIdentity } from './identity';
import { IdentitySigner } from './signer';

/**
 * Signs a PDF rendered with a signature placeholder (renderPdf's `signature` option): a detached
 * PKCS#7 (adbe.pkcs7.detached, SHA-256) over the whole file except the signature itself, which
 * standard readers (Adobe, pdfsig, Foxit) recognise. @signpdf fills the ByteRange and /Contents.
 */
export async function signPdf(
  pdf: Buffer,
  identity: SigningIdentity,
  signingTime?: Date,
): Promise<Buffer> {
  return new SignPdf().sign(pdf, new IdentitySigner(identity), signingTime);
}
