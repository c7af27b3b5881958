// Refused bundles kept in quarantine, newest first, each with its reason in the caller's words.
import type { QuarantineReply, QuarantineRow } from '../../../shared/hub/api';
import type { Locale } from '../../../shared/i18n/types';
import type { HubQuery } from '../db/pool';
import { describeHubRefusal } from '../ingest/ingest';
import { num, str, strOrNull, type Row } from './sql';

export const QUARANTINE_LIMIT = 500;

// $1 community or null, $2 limit. The bytes stay in the table (for inspection), not in the list.
const QUARANTINE = `SELECT q.id, q.community_id, c.name AS community_name, q.received_at, q.via,
    q.sha256, q.size, q.code, q.params, count(*) OVER () AS total
  FROM quarantine q LEFT JOIN communities c ON c.id = q.community_id
  WHERE ($1::text IS NULL OR q.community_id = $1)
  ORDER BY q.id DESC LIMIT $2`;

function paramsOf(value: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number') out[key] = item;
  }
  return out;
}

export async function quarantineList(
  query: HubQuery,
  input: Readonly<{ community: string | null; locale: Locale }>,
): Promise<QuarantineReply> {
  const result = await query(QUARANTINE, [input.community, QUARANTINE_LIMIT]);
  const rows = result.rows as Row[];
  return {
    items: rows.map((row): QuarantineRow => ({
      id: num(row.id),
      communityId: strOrNull(row.community_id),
      communityName: strOrNull(row.community_name),
      receivedAt: new Date(row.received_at as Date).toISOString(),
      via: str(row.via),
      sha256: str(row.sha256),
      size: num(row.size),
      code: str(row.code),
      message: describeHubRefusal(str(row.code), paramsOf(row.params), input.locale),
    })),
    total: rows.length === 0 ? 0 : num(rows[0]!.total),
  };
}
