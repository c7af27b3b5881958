import { X509Certificate } from 'node:crypto';
import { readBundle, type ReadBundle } from '../../bundle';
import { bundleEntryName, FILES, MAX_BUNDLE_BYTES, MAX_ENTRIES } from '../../bundle/format';
import { unzipBounded } from '../../storage/archive-unzip';
import type { HubDb } from '../db/pool';
import { hubRefusal, type HubRefusal } from './refusal';

// Who sent a bundle, and is it theirs. Over HTTP the token has named the community already: the
// bundle must be signed with the certificate that community enrolled with (readBundle's trusted
// fingerprint), and a sound signature by any other certificate is another community's bundle or
// a re-made one ('foreignCommunity'). From a folder nobody is named: the bundle's own certificate
// must be an enrolled community's ('notEnrolled' otherwise), and a bundle refused for its content
// is still filed under the community whose certificate it carries, when there is one.

export type Verified =
  | Readonly<{ ok: true; bundle: ReadBundle; communityId: string; fingerprint: string }>
  | Readonly<{ ok: false; refusal: HubRefusal; communityId: string | null }>;

async function enrolledFingerprint(db: HubDb, communityId: string) {
  const found = await db.query('SELECT certificate_fingerprint FROM communities WHERE id = $1', [
    communityId,
  ]);
  const row = found.rows[0] as { certificate_fingerprint: string | null } | undefined;
  return row ? row.certificate_fingerprint : undefined;
}

async function communityOfFingerprint(db: HubDb, fingerprint: string): Promise<string | null> {
  const found = await db.query('SELECT id FROM communities WHERE certificate_fingerprint = $1', [
    fingerprint,
  ]);
  return found.rowCount ? String(found.rows[0].id) : null;
}

/** The fingerprint of the certificate a refused bundle carries, if it can be read at all. */
async function carriedFingerprint(bytes: Uint8Array): Promise<string | null> {
  if (bytes.length > MAX_BUNDLE_BYTES) return null;
  try {
    const entries = await unzipBounded(bytes, 'bundle.zip', {
      maxEntries: MAX_ENTRIES,
      maxTotalBytes: MAX_BUNDLE_BYTES,
      acceptName: bundleEntryName,
    });
    const pem = entries.get(FILES.certificate);
    return pem ? new X509Certificate(Buffer.from(pem.bytes)).fingerprint256 : null;
  } catch {
    return null;
  }
}

async function fromCommunity(db: HubDb, bytes: Uint8Array, communityId: string) {
  const fingerprint = await enrolledFingerprint(db, communityId);
  if (!fingerprint)
    return {
      ok: false,
      refusal: hubRefusal('notEnrolled'),
      communityId: fingerprint === undefined ? null : communityId,
    } as const;
  const read = await readBundle(bytes, { trustedFingerprints: [fingerprint] });
  if (read.ok) return { ok: true, bundle: read.bundle, communityId, fingerprint } as const;
  const refusal =
    read.refusal.code === 'untrustedSigner'
      ? hubRefusal('foreignCommunity', read.refusal.params)
      : read.refusal;
  return { ok: false, refusal, communityId } as const;
}

async function fromFolder(db: HubDb, bytes: Uint8Array): Promise<Verified> {
  const read = await readBundle(bytes);
  if (!read.ok) {
    const carried = await carriedFingerprint(bytes);
    const communityId = carried ? await communityOfFingerprint(db, carried) : null;
    return { ok: false, refusal: read.refusal, communityId };
  }
  const fingerprint = read.bundle.certificate.fingerprint;
  const communityId = await communityOfFingerprint(db, fingerprint);
  if (!communityId)
    return { ok: false, refusal: hubRefusal('notEnrolled', { detail: fingerprint }), communityId };
  return { ok: true, bundle: read.bundle, communityId, fingerprint };
}

/** The bundle read and checked as its sender's, or why not (with the sender, when known). */
export function verifySender(
  db: HubDb,
  bytes: Uint8Array,
  communityId: string | null,
): Promise<Verified> {
  return communityId === null ? fromFolder(db, bytes) : fromCommunity(db, bytes, communityId);
}
