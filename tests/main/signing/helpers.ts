import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentModel } from '../../../shared/documents/model';
import { renderPdf } from '../../../main/pdf/render';
import type { SigningIdentity } from '../../../main/signing/identity';
import { signPdf } from '../../../main/signing/sign';

/** A fresh data folder for one test file. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'yishiting-signing-'));
}

export const SIGNED_AT = new Date('2026-05-01T10:30:00Z');

/** Renders a model with the identity's fingerprint line and a placeholder, then signs it. */
export async function renderSigned(
  model: DocumentModel,
  identity: SigningIdentity,
): Promise<Buffer> {
  const withLine = {
    ...model,
    meta: {
      ...model.meta,
      fingerprintLine: `数字签名证书指纹（SHA-256）：${identity.fingerprint}`,
    },
  };
  const pdf = await renderPdf(withLine, {
    creationDate: SIGNED_AT,
    signature: {
      name: identity.subject,
      reason: '会议记录',
      location: '幸福里社区',
      signingTime: SIGNED_AT,
    },
  });
  return signPdf(pdf, identity, SIGNED_AT);
}
