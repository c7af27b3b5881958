import { argon2 } from '../lazy-package';
import { createHash, randomBytes } from 'node:crypto';
import { audit } from './audit';
import type { HubDb, HubQuery } from './db/pool';

// Street-office staff: accounts with argon2id password hashes (the library's default algorithm,
// its default cost: 19 MiB, 2 passes) and sessions. A session's token lives only in the browser's
// HttpOnly cookie; the database keeps its SHA-256, so a copied database opens no session.

/** How long a login lasts: one working day, then the password again. */
export const SESSION_HOURS = 12;

export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;
export const MIN_PASSWORD = 10;
/** argon2 reads any length; a megabyte "password" would only be a way to burn the hub's CPU. */
export const MAX_PASSWORD = 1024;

export type AddStaffRefusal = 'badLogin' | 'badName' | 'shortPassword' | 'longPassword' | 'exists';

export type AddStaffResult =
  Readonly<{ ok: true }> | Readonly<{ ok: false; code: AddStaffRefusal }>;

/** Adds an account; the password is hashed here and never stored or logged otherwise. */
export async function addStaff(
  db: HubDb,
  account: Readonly<{ login: string; displayName: string; password: string }>,
  actor: string,
): Promise<AddStaffResult> {
  const refusal = accountRefusal(account);
  if (refusal) return { ok: false, code: refusal };
  const passwordHash = await argon2().hash(account.password);
  return db.tx(async (query) => {
    const inserted = await query(
      `INSERT INTO staff (login, display_name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT (login) DO NOTHING`,
      [account.login, account.displayName.trim(), passwordHash],
    );
    if (inserted.rowCount === 0) return { ok: false, code: 'exists' as const };
    await audit(query, { actor, action: 'staff.added', target: account.login, detail: {} });
    return { ok: true as const };
  });
}

function accountRefusal(
  account: Readonly<{ login: string; displayName: string; password: string }>,
): AddStaffRefusal | null {
  if (!LOGIN_PATTERN.test(account.login)) return 'badLogin';
  const name = account.displayName.trim();
  if (name === '' || name.length > 100) return 'badName';
  if ([...account.password].length < MIN_PASSWORD) return 'shortPassword';
  if (account.password.length > MAX_PASSWORD) return 'longPassword';
  return null;
}

// A fixed hash to check a password against when the login does not exist, so a wrong login
// takes as long as a wrong password and the reply's timing does not tell which logins exist.
let decoy: Promise<string> | undefined;

/** True when `login` is an active account and `password` is its password. */
export async function verifyStaff(db: HubDb, login: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD) return false;
  const found = await db.query('SELECT password_hash, disabled FROM staff WHERE login = $1', [
    login,
  ]);
  const row = found.rows[0] as { password_hash: string; disabled: boolean } | undefined;
  decoy ??= argon2().hash(randomBytes(16).toString('hex'));
  const stored = row?.password_hash ?? (await decoy);
  const matches = await argon2()
    .verify(stored, password)
    .catch(() => false);
  return matches && row !== undefined && !row.disabled;
}

/** Disables an account and ends its sessions at once; false when there is no such login. */
export async function disableStaff(db: HubDb, login: string, actor: string): Promise<boolean> {
  return db.tx(async (query) => {
    const changed = await query('UPDATE staff SET disabled = true WHERE login = $1', [login]);
    if (changed.rowCount === 0) return false;
    await query('DELETE FROM staff_sessions WHERE login = $1', [login]);
    await audit(query, { actor, action: 'staff.disabled', target: login, detail: {} });
    return true;
  });
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new session for `login`: its token (for the cookie) and when it ends. */
export async function openSession(
  query: HubQuery,
  login: string,
  now: Date,
): Promise<Readonly<{ token: string; expiresAt: Date }>> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  // Expired rows of anyone are cleared on the way: the table holds live sessions only.
  await query('DELETE FROM staff_sessions WHERE expires_at <= $1', [now]);
  await query(
    'INSERT INTO staff_sessions (token_hash, login, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [tokenHash(token), login, now, expiresAt],
  );
  return { token, expiresAt };
}

/** The login of a live session of an active account, or null. */
export async function sessionLogin(db: HubDb, token: string, now: Date): Promise<string | null> {
  const found = await db.query(
    `SELECT s.login FROM staff_sessions s JOIN staff a ON a.login = s.login
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT a.disabled`,
    [tokenHash(token), now],
  );
  const row = found.rows[0] as { login: string } | undefined;
  return row?.login ?? null;
}

/** Ends one session (logout); true when it existed. */
export async function endSession(query: HubQuery, token: string): Promise<boolean> {
  const removed = await query('DELETE FROM staff_sessions WHERE token_hash = $1', [
    tokenHash(token),
  ]);
  return (removed.rowCount ?? 0) > 0;
}

/** The display name of an account, for `me`. */
export async function staffName(db: HubDb, login: string): Promise<string | null> {
  const found = await db.query('SELECT display_name FROM staff WHERE login = $1', [login]);
  const row = found.rows[0] as { display_name: string } | undefined;
  return row?.display_name ?? null;
}
