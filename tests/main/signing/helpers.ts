import { createCipheriv, createDecipheriv, createPrivateKey, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { createSelfSigned } from '../../../main/signing/certificate';
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

/** An organisation's PKCS#12 under a password the test chooses (spaces and non-ASCII included). */
export function organisationP12(
  name: string,
  password: string,
): { p12: Buffer; keyPem: string; keyDer: Buffer } {
  const made = createSelfSigned(name);
  const parsed = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(made.p12.toString('binary'), false),
    false,
    made.password,
  );
  const bag = (type: string) => parsed.getBags({ bagType: type })[type] ?? [];
  const key = bag(forge.pki.oids.pkcs8ShroudedKeyBag as string)[0]?.key as forge.pki.rsa.PrivateKey;
  const cert = bag(forge.pki.oids.certBag as string)[0]?.cert as forge.pki.Certificate;
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: '3des' });
  const keyObject = createPrivateKey(forge.pki.privateKeyToPem(key));
  return {
    p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'),
    keyPem: keyObject.export({ type: 'pkcs8', format: 'pem' }).toString(),
    keyDer: keyObject.export({ type: 'pkcs8', format: 'der' }),
  };
}

/**
 * A stand-in for Electron's safeStorage (same methods), since the Electron binary cannot run in
 * tests: AES-256-GCM under a key that lives only in this object, as the OS keychain's would.
 */
export function fakeSafeStorage(backend = 'gnome_libsecret') {
  const key = randomBytes(32);
  let calls = 0;
  return {
    calls: () => calls,
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString(plainText: string): Buffer {
      calls++;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]);
    },
    decryptString(encrypted: Buffer): string {
      calls++;
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/** Every file under `dir` with its bytes. */
export function filesUnder(dir: string): Array<{ file: string; bytes: Buffer }> {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, bytes: readFileSync(file) };
    });
}
