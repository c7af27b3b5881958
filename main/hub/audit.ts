import type { HubQuery } from './db/pool';

// Every write the hub makes is logged with who made it, in the same transaction as the write
// (the caller passes its transaction's query), so the log and the data never disagree.

export type AuditEntry = Readonly<{
  /** 'staff:<login>' | 'community:<id>' | 'cli' */
  actor: string;
  /** A dotted verb: 'bundle.accepted', 'community.created', … */
  action: string;
  target?: string | null;
  detail?: Readonly<Record<string, unknown>>;
}>;

export async function audit(query: HubQuery, entry: AuditEntry): Promise<void> {
  await query('INSERT INTO audit_log (actor, action, target, detail) VALUES ($1, $2, $3, $4)', [
    entry.actor,
    entry.action,
    entry.target ?? null,
    JSON.stringify(entry.detail ?? {}),
  ]);
}
