import { createHash, randomBytes, randomInt, X509Certificate } from 'node:crypto';
import { audit } from './audit';
import type { HubDb, HubQuery } from './db/pool';

// Enrolment: the office adds a community and gets a one-time code to give it (on paper, by phone);
// the community's app sends the code with its certificate and gets a bearer token back. From then
// on the community is known by that certificate (its bundles must be signed with it) and its
// token. Code and token are stored only as SHA-256: a copy of the database lets nobody send.
// A community re-enrols (a new laptop, a new key) only with a new code, which replaces both.

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: read aloud or copied from paper without doubt. */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
const CODE_DAYS = 14;
const ID = /^[a-z0-9-]{2,40}$/;

export type EnrolRefusal =
  'unknownCode' | 'expired' | 'used' | 'badCertificate' | 'certificateTaken';

export type Enrolled =
  | Readonly<{ ok: true; communityId: string; name: string; token: string }>
  | Readonly<{ ok: false; code: EnrolRefusal }>;

export type Community = Readonly<{
  id: string;
  name: string;
  certificateFingerprint: string | null;
}>;

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/** Spaces, dashes and case do not matter when a code is typed back. */
export const normaliseCode = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

function newCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/**
 * Adds a community (or renames an existing one) and issues a new one-time enrolment code,
 * returned once in clear. Earlier unused codes of the community stay valid until they expire.
 */
export async function createCommunity(
  db: HubDb,
  community: Readonly<{ id: string; name: string }>,
  actor: string,
  now: Date = new Date(),
): Promise<{ code: string }> {
  const name = community.name.trim();
  if (!ID.test(community.id)) throw new RangeError(`yishiting: bad community id ${community.id}`);
  if (name === '' || name.length > 200) throw new RangeError('yishiting: bad community name');
  const code = newCode();
  const expires = new Date(now.getTime() + CODE_DAYS * 86_400_000);
  await db.tx(async (query) => {
    await query(
      `INSERT INTO communities (id, name, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`,
      [community.id, name, now],
    );
    await query(
      `INSERT INTO enrolment_codes (code_hash, community_id, created_at, expires_at)
       VALUES ($1, $2, $3, $4)`,
      [hashSecret(normaliseCode(code)), community.id, now, expires],
    );
    await audit(query, {
      actor,
      action: 'community.codeIssued',
      target: community.id,
      detail: { name, expiresAt: expires.toISOString() },
    });
  });
  return { code };
}

function parseCertificate(pem: string): X509Certificate | null {
  if (pem.length > 64 * 1024) return null;
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}

async function takeCode(query: HubQuery, code: string, now: Date) {
  const found = await query(
    `SELECT e.community_id, e.expires_at, e.used_at, c.name FROM enrolment_codes e
     JOIN communities c ON c.id = e.community_id WHERE e.code_hash = $1 FOR UPDATE OF e`,
    [hashSecret(normaliseCode(code))],
  );
  const row = found.rows[0] as
    { community_id: string; expires_at: Date; used_at: Date | null; name: string } | undefined;
  if (!row) return 'unknownCode' as const;
  if (row.used_at !== null) return 'used' as const;
  if (row.expires_at.getTime() <= now.getTime()) return 'expired' as const;
  return { communityId: row.community_id, name: row.name };
}

/** Enrols a community with its one-time code and certificate; the token is returned once. */
export async function enrolCommunity(
  db: HubDb,
  request: Readonly<{ code: string; certificatePem: string }>,
  now: Date = new Date(),
): Promise<Enrolled> {
  const certificate = parseCertificate(request.certificatePem);
  if (!certificate) return { ok: false, code: 'badCertificate' };
  const fingerprint = certificate.fingerprint256;
  const token = randomBytes(32).toString('base64url');
  return db.tx(async (query): Promise<Enrolled> => {
    const taken = await takeCode(query, request.code, now);
    if (typeof taken === 'string') return { ok: false, code: taken };
    const other = await query(
      'SELECT id FROM communities WHERE certificate_fingerprint = $1 AND id <> $2',
      [fingerprint, taken.communityId],
    );
    if (other.rowCount) return { ok: false, code: 'certificateTaken' };
    await query('UPDATE enrolment_codes SET used_at = $2 WHERE code_hash = $1', [
      hashSecret(normaliseCode(request.code)),
      now,
    ]);
    await query(
      `UPDATE communities SET certificate_fingerprint = $2, certificate_pem = $3,
       token_hash = $4, enrolled_at = $5 WHERE id = $1`,
      [taken.communityId, fingerprint, certificate.toString(), hashSecret(token), now],
    );
    await audit(query, {
      actor: `community:${taken.communityId}`,
      action: 'community.enrolled',
      target: taken.communityId,
      detail: { fingerprint },
    });
    return { ok: true, communityId: taken.communityId, name: taken.name, token };
  });
}

/** The enrolled community a bearer token belongs to, or null. */
export async function communityByToken(db: HubDb, token: string): Promise<Community | null> {
  if (token.length < 20 || token.length > 200) return null;
  const found = await db.query(
    `SELECT id, name, certificate_fingerprint FROM communities
     WHERE token_hash = $1 AND enrolled_at IS NOT NULL`,
    [hashSecret(token)],
  );
  const row = found.rows[0] as
    { id: string; name: string; certificate_fingerprint: string | null } | undefined;
  return row
    ? { id: row.id, name: row.name, certificateFingerprint: row.certificate_fingerprint }
    : null;
}
