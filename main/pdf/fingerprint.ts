import { createHash } from 'node:crypto';
import type { DocumentModel } from '../../shared/documents/model';

// A document's content fingerprint: SHA-256 over its model in canonical JSON (keys sorted), with
// the QR blocks left out since they carry the fingerprint itself. The same model always gives the
// same fingerprint, whoever renders it, so a printed notice can be checked against the archive.

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Name of the embedded file that holds a notice's canonical content (see qrText). */
export const CONTENT_FILE = 'yishiting-content.json';

/** The bytes the content fingerprint is taken over: the model as canonical JSON, UTF-8. */
export function canonicalContent(model: DocumentModel): string {
  const content = {
    ...model,
    meta: { ...model.meta, fingerprintLine: undefined },
    blocks: model.blocks.filter((block) => block.type !== 'qr'),
  };
  return canonical(content);
}

/** Hex SHA-256 of the model's content (without QR blocks and the certificate line). */
export function documentFingerprint(model: DocumentModel): string {
  return createHash('sha256').update(canonicalContent(model)).digest('hex');
}

/** What a QR block without a payload carries: a versioned URI with the content fingerprint. */
export function fingerprintUri(model: DocumentModel): string {
  return `yishiting:doc:v1:${model.kind}:sha256:${documentFingerprint(model)}`;
}

/**
 * What a notice's QR code says, in plain text any phone can show without this app: issuer, title,
 * date and the content fingerprint above (SHA-256 of the model's canonical JSON, QR blocks and the
 * certificate line left out). The PDF carries that JSON as its embedded file CONTENT_FILE, inside
 * the signed bytes, so `yishiting verify --hash FILE` can print the same hash from the file alone.
 */
export function qrText(model: DocumentModel): string {
  const issuer = model.blocks.find((block) => block.type === 'issuer');
  return [
    ...(issuer?.type === 'issuer' ? issuer.lines : []),
    model.meta.title,
    ...(issuer?.type === 'issuer' && issuer.date ? [issuer.date] : []),
    `SHA-256: ${documentFingerprint(model)}`,
  ].join('\n');
}
