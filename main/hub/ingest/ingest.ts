import { createHash } from 'node:crypto';
import { audit } from '../audit';
import type { HubDb, HubQuery } from '../db/pool';
import { checkPlace, missingSequences } from './chain-rules';
import { verifySender } from './identify';
import { indexRows } from './index-rows';
import { quarantine } from './quarantine';
import type { HubRefusal, RefusalParams } from './refusal';
import { replaceIndex } from './store-index';

export { describeHubRefusal, type HubRefusalCode, type IngestRefusalCode } from './refusal';

// A bundle arriving at the hub, over HTTP or from a USB folder: read and checked as its sender's
// (identify.ts), placed in the community's chain (chain-rules.ts) while the community's row is
// locked, then stored unchanged under the SHA-256 of its bytes and indexed from its state, all in
// one transaction: a failure anywhere leaves nothing of it behind. A refusal of a known sender
// (and any refusal of a folder import) is kept in quarantine with its reason. Every write is in
// the audit log.

export type IngestSource = Readonly<{
  via: 'http' | 'folder';
  /** The authenticated sender; null for a folder: found by the bundle's certificate. */
  communityId: string | null;
  actor: string;
}>;

export type IngestResult =
  | Readonly<{
      ok: true;
      sha256: string;
      communityId: string;
      meetingId: string;
      sequence: number;
      missing: readonly number[];
    }>
  | Readonly<{ ok: false; code: string; params: RefusalParams; quarantineId: number | null }>;

type Refused = Extract<IngestResult, { ok: false }>;

async function refuse(
  query: HubQuery,
  bytes: Uint8Array,
  sha256: string,
  source: IngestSource,
  communityId: string | null,
  refusal: HubRefusal,
): Promise<Refused> {
  const entry = { communityId, via: source.via, sha256, bytes, refusal, actor: source.actor };
  const quarantineId = await quarantine(query, entry);
  return { ok: false, code: refusal.code, params: refusal.params, quarantineId };
}

export async function ingestBundle(
  db: HubDb,
  bytes: Uint8Array,
  source: IngestSource,
): Promise<IngestResult> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const verified = await verifySender(db, bytes, source.communityId);
  if (!verified.ok)
    return db.tx((query) =>
      refuse(query, bytes, sha256, source, verified.communityId, verified.refusal),
    );
  const { bundle, communityId } = verified;
  const { manifest } = bundle;
  const rows = indexRows(bundle);
  return db.tx(async (query): Promise<IngestResult> => {
    // One bundle of a community at a time: the next waits here and then sees this one stored.
    const locked = await query(
      'SELECT certificate_fingerprint FROM communities WHERE id = $1 FOR UPDATE',
      [communityId],
    );
    if (locked.rows[0]?.certificate_fingerprint !== verified.fingerprint) {
      const refusal = {
        code: 'foreignCommunity',
        params: { detail: verified.fingerprint },
      } as const;
      return refuse(query, bytes, sha256, source, communityId, refusal);
    }
    const placing = { sha256, manifestSha256: bundle.manifestSha256, manifest };
    const misplaced = await checkPlace(query, communityId, placing);
    if (misplaced) return refuse(query, bytes, sha256, source, communityId, misplaced);
    await query(
      `INSERT INTO bundles (sha256, manifest_sha256, community_id, sequence, previous, meeting_id,
         created_at, via, size, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        sha256,
        bundle.manifestSha256,
        communityId,
        manifest.sequence,
        manifest.previous,
        manifest.meetingId,
        manifest.createdAt,
        source.via,
        bytes.length,
        Buffer.from(bytes),
      ],
    );
    // The index shows a meeting as its latest bundle has it; an older bundle filling a gap
    // is stored, but the meeting's rows stay those of its newer one.
    const latest = await query(
      'SELECT max(sequence) AS latest FROM bundles WHERE community_id = $1 AND meeting_id = $2',
      [communityId, manifest.meetingId],
    );
    const current = Number(latest.rows[0].latest) === manifest.sequence;
    if (current)
      await replaceIndex(query, communityId, { sha256, sequence: manifest.sequence }, rows);
    const missing = await missingSequences(query, communityId);
    await audit(query, {
      actor: source.actor,
      action: 'bundle.accepted',
      target: communityId,
      detail: {
        sha256,
        meetingId: manifest.meetingId,
        sequence: manifest.sequence,
        current,
        missing,
      },
    });
    return {
      ok: true,
      sha256,
      communityId,
      meetingId: manifest.meetingId,
      sequence: manifest.sequence,
      missing,
    };
  });
}
