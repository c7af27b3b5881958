import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { withDefaultRole } from '../../../main/hub/db/pool';

// The README starts the hub with `postgres:///yishiting?host=/var/run/postgresql`: no role in the
// URL, as psql would take the login name. node-postgres takes only $USER, which a service or `su`
// leaves unset ("no PostgreSQL user name specified in startup packet", seen with the README's
// command as root).
describe('the hub database URL', () => {
  const me = encodeURIComponent(userInfo().username);

  it('logs in as the login name when neither the URL nor the environment names a role', () => {
    expect(withDefaultRole('postgres:///yishiting?host=/var/run/postgresql', {})).toBe(
      `postgres://${me}@/yishiting?host=/var/run/postgresql`,
    );
    expect(withDefaultRole('postgresql://localhost:5432/hub', {})).toBe(
      `postgresql://${me}@localhost:5432/hub`,
    );
  });

  it('keeps a role the URL or the environment names', () => {
    const named = 'postgres://office:secret@db.local/hub';
    expect(withDefaultRole(named, {})).toBe(named);
    expect(withDefaultRole('postgres:///hub', { USER: 'wang' })).toBe('postgres:///hub');
    expect(withDefaultRole('postgres:///hub', { PGUSER: 'hub' })).toBe('postgres:///hub');
  });

  it('leaves what is not a PostgreSQL URL to node-postgres and its own error', () => {
    expect(withDefaultRole('mysql://x/y', {})).toBe('mysql://x/y');
  });
});
