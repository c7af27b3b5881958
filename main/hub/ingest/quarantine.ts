import { audit } from '../audit';
import type { HubQuery } from '../db/pool';
import type { HubRefusal } from './refusal';

// A refused bundle is kept for the office to look at, with the reason as code and params (the
// words are made in the reader's language when shown). Its bytes are kept unless very large; a
// replayed bundle's bytes are stored already under its content address, so not again.

const KEEP_BYTES_UP_TO = 64 * 1024 * 1024;

export type QuarantineEntry = Readonly<{
  communityId: string | null;
  via: 'http' | 'folder';
  sha256: string;
  bytes: Uint8Array;
  refusal: HubRefusal;
  actor: string;
}>;

/** Stores the refused bundle and logs it; returns its quarantine id. */
export async function quarantine(query: HubQuery, entry: QuarantineEntry): Promise<number> {
  const keep = entry.bytes.length <= KEEP_BYTES_UP_TO && entry.refusal.code !== 'replayed';
  const stored = await query(
    `INSERT INTO quarantine (community_id, via, sha256, size, code, params, bytes)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      entry.communityId,
      entry.via,
      entry.sha256,
      entry.bytes.length,
      entry.refusal.code,
      JSON.stringify(entry.refusal.params),
      keep ? Buffer.from(entry.bytes) : null,
    ],
  );
  const id = Number(stored.rows[0].id);
  await audit(query, {
    actor: entry.actor,
    action: 'bundle.refused',
    target: entry.communityId,
    detail: { quarantineId: id, sha256: entry.sha256, code: entry.refusal.code },
  });
  return id;
}
