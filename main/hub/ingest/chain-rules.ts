import type { BundleManifest } from '../../bundle';
import type { HubQuery } from '../db/pool';
import { hubRefusal, type HubRefusal } from './refusal';

// Where a bundle may go in its community's chain at the hub, checked against the stored bundles
// while the community's row is locked (so two bundles of one community never race for a place):
//   - the same bundle again (its bytes, or its signed manifest re-zipped) is 'replayed';
//   - a sequence already taken by another bundle is a fork: 'outOfOrder';
//   - its link must fit the stored neighbours: the bundle at sequence-1 must be the one it names
//     as previous, and the bundle at sequence+1 must name it; sequence 1 names none: 'brokenLink';
//   - its time may not go back before the stored bundle before it, nor past the one after it.
// A neighbour not stored (a gap) is not checked: a bundle after a gap is accepted and the gap
// reported, and a later bundle filling the gap must then fit both sides.

export type Placing = Readonly<{
  sha256: string;
  manifestSha256: string;
  manifest: BundleManifest;
}>;

type Stored = {
  sequence: number;
  manifest_sha256: string;
  previous: string | null;
  created_at: Date;
};

async function neighbours(query: HubQuery, communityId: string, sequence: number) {
  const found = await query(
    `(SELECT sequence, manifest_sha256, previous, created_at FROM bundles
      WHERE community_id = $1 AND sequence < $2 ORDER BY sequence DESC LIMIT 1)
     UNION ALL
     (SELECT sequence, manifest_sha256, previous, created_at FROM bundles
      WHERE community_id = $1 AND sequence >= $2 ORDER BY sequence LIMIT 2)`,
    [communityId, sequence],
  );
  const rows = found.rows as Stored[];
  return {
    before: rows.find((row) => row.sequence < sequence) ?? null,
    same: rows.find((row) => row.sequence === sequence) ?? null,
    after: rows.find((row) => row.sequence > sequence) ?? null,
  };
}

export async function checkPlace(
  query: HubQuery,
  communityId: string,
  bundle: Placing,
): Promise<HubRefusal | null> {
  const { sequence, previous } = bundle.manifest;
  const again = await query(
    'SELECT sequence FROM bundles WHERE sha256 = $1 OR manifest_sha256 = $2 LIMIT 1',
    [bundle.sha256, bundle.manifestSha256],
  );
  if (again.rowCount) return hubRefusal('replayed', { sequence: Number(again.rows[0].sequence) });
  const { before, same, after } = await neighbours(query, communityId, sequence);
  if (same) return hubRefusal('outOfOrder', { sequence, detail: 'taken' });
  if (sequence === 1 && previous !== null) return hubRefusal('brokenLink', { sequence });
  if (before?.sequence === sequence - 1 && before.manifest_sha256 !== previous)
    return hubRefusal('brokenLink', { sequence, detail: 'previous' });
  if (after?.sequence === sequence + 1 && after.previous !== bundle.manifestSha256)
    return hubRefusal('brokenLink', { sequence, detail: 'next' });
  const at = Date.parse(bundle.manifest.createdAt);
  if (before && at < before.created_at.getTime())
    return hubRefusal('outOfOrder', { sequence, detail: 'before' });
  if (after && at > after.created_at.getTime())
    return hubRefusal('outOfOrder', { sequence, detail: 'after' });
  return null;
}

/** Sequences below the community's highest that no stored bundle holds. */
export async function missingSequences(query: HubQuery, communityId: string): Promise<number[]> {
  const found = await query(
    `SELECT s::int AS sequence FROM generate_series(1,
       (SELECT coalesce(max(sequence), 0) FROM bundles WHERE community_id = $1)) AS s
     WHERE NOT EXISTS (SELECT 1 FROM bundles b WHERE b.community_id = $1 AND b.sequence = s)
     ORDER BY s`,
    [communityId],
  );
  return found.rows.map((row) => Number(row.sequence));
}
