import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openRepository } from '../../../main/backend/storage-repository';
import { openStore, type MeetingStore } from '../../../main/storage';
import { added, fakeCodec, type FakeEvent, type FakeState } from './fake-codec';
import { ownTempDir, removeTempDirs } from './helpers';

// Chair notes and ballots are nobody else's business on a shared computer: the data folder is
// private to its user (folders 0700, files 0600), as signing/ already is.

const opened: Array<MeetingStore<FakeEvent, FakeState>> = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});

/** Every folder and file under `root` (itself included) whose mode lets others in, with it. */
function open(root: string): string[] {
  const loose: string[] = [];
  const visit = (p: string): void => {
    const stat = fs.lstatSync(p);
    const mode = stat.mode & 0o777;
    const want = stat.isDirectory() ? 0o700 : 0o600;
    if (!stat.isSymbolicLink() && mode !== want)
      loose.push(`${path.relative(root, p) || '.'} ${mode.toString(8)}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
  };
  visit(root);
  return loose;
}

/** A data folder with a meeting, backups, a quarantined file, a PDF and an exported archive. */
async function used(dir: string): Promise<void> {
  const s = await openStore(dir, fakeCodec, { compactEvery: 5, backupEvery: 5, lock: false });
  const session = await s.createMeeting('m1', [added(1)]);
  for (let seq = 2; seq <= 12; seq++) await session.append(added(seq));
  await session.close();
  await s.exportArchive('m1', path.join(dir, 'm1.yishiting.zip'));
  await s.close();
  fs.writeFileSync(path.join(dir, 'meetings', 'm1.json'), 'damaged');
  const t = await openStore(dir, fakeCodec, { lock: false });
  await (await t.openMeeting('m1')).close(); // quarantines the damaged document
  await t.close();
  const repo = await openRepository(dir, { lock: false });
  await repo.savePdf('m1', '会议纪要.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  await repo.close();
}

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  it('is created private: folders 0700, files 0600, the atomic writes included', async () => {
    const dir = path.join(ownTempDir(), 'data');
    await used(dir);
    expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'exports', 'm1'))).toContain('会议纪要.pdf');
    expect(open(dir)).toEqual([]);
  });

  it('is made private on open when an older version left it readable by others', async () => {
    const dir = path.join(ownTempDir(), 'data');
    await used(dir);
    const outside = path.join(ownTempDir(), 'not-ours.txt');
    fs.writeFileSync(outside, 'x', { mode: 0o644 });
    fs.chmodSync(outside, 0o644);
    fs.symlinkSync(outside, path.join(dir, 'backups', 'm1', 'link.json'));
    const loosen = (p: string): void => {
      const stat = fs.lstatSync(p);
      if (stat.isSymbolicLink()) return;
      fs.chmodSync(p, stat.isDirectory() ? 0o755 : 0o644);
      if (stat.isDirectory()) for (const name of fs.readdirSync(p)) loosen(path.join(p, name));
    };
    loosen(dir);
    // A temporary file left by a killed write keeps its old mode if it is reused as it is.
    fs.writeFileSync(path.join(dir, 'lock.tmp'), '', { mode: 0o644 });
    fs.chmodSync(path.join(dir, 'lock.tmp'), 0o644);
    expect(open(dir).length).toBeGreaterThan(10);
    const s = await openStore(dir, fakeCodec);
    opened.push(s);
    expect(open(dir)).toEqual([]);
    // A link is not followed: what it points to outside the data folder keeps its mode.
    expect(fs.statSync(outside).mode & 0o777).toBe(0o644);
  });
});

afterAll(removeTempDirs);
