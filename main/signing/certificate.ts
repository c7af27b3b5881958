import { createPrivateKey, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import type forge from 'node-forge';
import { nodeForge } from '../lazy-package';

// Certificates and PKCS#12 files. The key pair comes from node:crypto (native, ~50 ms) rather
// than forge's JavaScript RSA (0.4 s to several seconds); forge builds the X.509 certificate and
// the PKCS#12 container, which node:crypto cannot. Subject text is UTF-8, so Chinese names show
// correctly in pdfsig, Adobe Reader and the verify screen.

/** A certificate and key, packed as PKCS#12 with its password. */
export type Pkcs12Bundle = Readonly<{ p12: Buffer; password: string }>;

/** What the app shows about a certificate. */
export type CertificateInfo = Readonly<{
  /** SHA-256 of the DER certificate, colon-separated upper-case hex (as Windows and Adobe show it). */
  fingerprint: string;
  /** The common name, or the whole subject when it has none. */
  subject: string;
  notBefore: Date;
  notAfter: Date;
}>;

/** Years a self-signed certificate is valid: minutes are archives verified for a long time. */
const VALIDITY_YEARS = 20;

/** Describes a DER or PEM certificate. */
export function describeCertificate(certificate: Buffer | string): CertificateInfo {
  const x509 = new X509Certificate(certificate);
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(x509.subject)?.[1];
  return {
    fingerprint: x509.fingerprint256,
    subject: cn ?? x509.subject.replace(/\n/g, ', '),
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
  };
}

/** A random password for a PKCS#12 file (base64url, 192 bits). */
export function randomPassword(): string {
  return randomBytes(24).toString('base64url');
}

// forge UTF-8-encodes values tagged UTF8String itself: pass the JavaScript string as it is.
function utf8(type: 'CN' | 'O' | 'OU', value: string): forge.pki.CertificateField {
  // The typings call valueTagClass an asn1.Class; forge actually reads an asn1.Type here.
  return {
    shortName: type,
    value,
    valueTagClass: nodeForge().asn1.Type.UTF8 as unknown as forge.asn1.Class,
  };
}

/** A private key (PKCS#8 PEM) and its self-signed certificate (PEM). */
export type KeyAndCertificate = Readonly<{ keyPem: string; certificatePem: string }>;

/**
 * Creates an RSA-2048 key and a self-signed certificate for document signing, named after the
 * installation (e.g. "幸福里社区居民委员会").
 */
export function createSelfSignedKey(
  installationName: string,
  now: Date = new Date(),
): KeyAndCertificate {
  const { privateKey: keyPem } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const privateKey = nodeForge().pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const publicKey = nodeForge().pki.setRsaPublicKey(privateKey.n, privateKey.e);
  const cert = nodeForge().pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive 128-bit serial: random, so two installations never share one.
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setFullYear(now.getFullYear() + VALIDITY_YEARS);
  const subject = [
    utf8('CN', installationName),
    utf8('O', installationName),
    utf8('OU', 'Yishiting'),
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, nodeForge().md.sha256.create());
  return { keyPem, certificatePem: nodeForge().pki.certificateToPem(cert) };
}

/**
 * The same, packed as PKCS#12 under a fresh random password: the file an organisation would
 * import (tests and tools; the app itself stores keys as in identity-file.ts).
 */
export function createSelfSigned(installationName: string, now: Date = new Date()): Pkcs12Bundle {
  const { keyPem, certificatePem } = createSelfSignedKey(installationName, now);
  const password = randomPassword();
  // 3DES keeps the file readable by older Windows and OpenSSL builds that lack PBES2/AES.
  const asn1 = nodeForge().pkcs12.toPkcs12Asn1(
    nodeForge().pki.privateKeyFromPem(keyPem),
    [nodeForge().pki.certificateFromPem(certificatePem)],
    password,
    { algorithm: '3des', friendlyName: installationName },
  );
  return { p12: Buffer.from(nodeForge().asn1.toDer(asn1).getBytes(), 'binary'), password };
}

/** Contents of a PKCS#12 file: the signer's certificate (the one matching the key) and the chain. */
export type Pkcs12Contents = Readonly<{
  signer: CertificateInfo;
  chain: readonly CertificateInfo[];
  signerPem: string;
  /** Every certificate as PEM, the signer's first. */
  certificates: readonly string[];
  /** The private key as PKCS#8 DER: the caller seals it and must not keep it around. */
  keyPkcs8: Buffer;
}>;

/**
 * Opens a PKCS#12 file. Throws on a wrong password, a file without a private key, or a key that
 * is not RSA (forge, which @signpdf's signer uses, signs with RSA only).
 */
export function readPkcs12(p12: Buffer, password: string): Pkcs12Contents {
  const asn1 = nodeForge().asn1.fromDer(p12.toString('binary'), false);
  const parsed = nodeForge().pkcs12.pkcs12FromAsn1(asn1, false, password);
  const keyBags = [
    ...(parsed.getBags({ bagType: nodeForge().pki.oids.pkcs8ShroudedKeyBag as string })[
      nodeForge().pki.oids.pkcs8ShroudedKeyBag as string
    ] ?? []),
    ...(parsed.getBags({ bagType: nodeForge().pki.oids.keyBag as string })[
      nodeForge().pki.oids.keyBag as string
    ] ?? []),
  ];
  const key = keyBags.find((bag) => bag.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key || !key.n) throw new Error('yishiting: the PKCS#12 file holds no RSA private key');
  const certs = (
    parsed.getBags({ bagType: nodeForge().pki.oids.certBag as string })[
      nodeForge().pki.oids.certBag as string
    ] ?? []
  )
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => cert !== undefined);
  const signerCert = certs.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n && publicKey.n.equals(key.n) && publicKey.e.equals(key.e);
  });
  if (!signerCert) throw new Error('yishiting: no certificate in the PKCS#12 file matches its key');
  const toInfo = (cert: forge.pki.Certificate): CertificateInfo =>
    describeCertificate(nodeForge().pki.certificateToPem(cert));
  const signerPem = nodeForge().pki.certificateToPem(signerCert);
  const others = certs
    .filter((cert) => cert !== signerCert)
    .map((c) => nodeForge().pki.certificateToPem(c));
  const keyPkcs8 = createPrivateKey(nodeForge().pki.privateKeyToPem(key)).export({
    type: 'pkcs8',
    format: 'der',
  });
  return {
    signer: describeCertificate(signerPem),
    chain: certs.map(toInfo),
    signerPem,
    certificates: [signerPem, ...others],
    keyPkcs8,
  };
}
