import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FOLLOWUP_DIR,
  openFollowupRepository,
  REGISTRY_ID,
  type FollowupRepository,
} from '../../../main/followup/repository';
import { describeNotice, StorageError } from '../../../main/storage';
import { tempDir } from '../storage/helpers';

const opened: FollowupRepository[] = [];
async function open(dir: string): Promise<FollowupRepository> {
  // No lock: the crash test opens a second repository while the first is "dead" but not closed.
  const repo = await openFollowupRepository(dir, { lock: false });
  opened.push(repo);
  return repo;
}
afterEach(async () => {
  for (const repo of opened.splice(0)) await repo.close().catch(() => undefined);
});

const T = Date.parse('2026-05-10T19:00:00+08:00');
const docPath = (dir: string) => path.join(dir, FOLLOWUP_DIR, 'meetings', `${REGISTRY_ID}.json`);

/** A topic raised and triaged, and an action item imported, started and done. */
async function fill(repo: FollowupRepository): Promise<void> {
  const ref = { meetingId: 'm1', actionId: 'a1' };
  const commands = [
    {
      type: 'topic/raise',
      topicId: 't1',
      title: '加装电梯',
      channel: 'doorToDoor',
      raisedOn: '2026-04-20',
    },
    { type: 'topic/triage', topicId: 't1', triage: 'minor' },
    {
      type: 'actionItem/import',
      ...ref,
      voteId: 'v1',
      itemId: 'i1',
      meetingDate: '2026-05-10',
      title: '联系施工队',
      budgetPlanned: 1_260_000,
    },
    { type: 'actionItem/start', ...ref, on: '2026-05-12' },
    { type: 'actionItem/complete', ...ref, on: '2026-07-01', budgetSpent: 1_180_000 },
  ];
  for (const [i, command] of commands.entries()) {
    const r = await repo.dispatch({ ...command, at: T + i * 1000 });
    if (!r.ok) throw new Error(r.error.code);
  }
}

describe('the stored follow-up registry', () => {
  it('is created on first open and keeps everything across a restart', async () => {
    const dir = tempDir('yst-followup-');
    const repo = await open(dir);
    expect(repo.state().version).toBe(0);
    await fill(repo);
    expect(repo.saveStatus()).toMatchObject({ saved: true, pending: 0 });
    const before = repo.state();
    await repo.close();
    opened.pop();
    const again = await open(dir);
    expect(again.state()).toEqual(before);
    expect(again.events()).toHaveLength(5);
    expect(again.notices).toEqual([]);
    // Kept apart from the meetings: nothing in the meetings folder of the data folder.
    expect(fs.existsSync(path.join(dir, 'meetings'))).toBe(false);
  });

  it('a refused command changes and writes nothing', async () => {
    const dir = tempDir('yst-followup-');
    const repo = await open(dir);
    await fill(repo);
    const before = repo.state();
    const r = await repo.dispatch({
      type: 'actionItem/start',
      meetingId: 'm1',
      actionId: 'a1',
      on: '2026-07-02',
      at: T + 60_000,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'actionItem.finished' } });
    expect(repo.state()).toBe(before);
    expect(repo.events()).toHaveLength(5);
  });

  it('keeps every acknowledged change when the app dies without closing', async () => {
    const dir = tempDir('yst-followup-');
    const dying = await open(dir);
    await fill(dying);
    const acknowledged = dying.state();
    opened.pop(); // never closed: its journal is all there is besides the first document
    const again = await open(dir);
    expect(again.state()).toEqual(acknowledged);
  });

  it('a corrupt registry file is quarantined and the registry comes back from its backup', async () => {
    const dir = tempDir('yst-followup-');
    const repo = await open(dir);
    await fill(repo);
    const before = repo.state();
    await repo.close();
    opened.pop();
    const bad = Buffer.from('{"schemaVersion":2,\u0000 garbage');
    fs.writeFileSync(docPath(dir), bad);
    const again = await open(dir);
    expect(again.state()).toEqual(before);
    const codes = again.notices.map((n) => n.code);
    expect(codes[0]).toMatch(/^refused\./);
    expect(codes).toContain('recovered.fromBackup');
    expect(codes).toContain('quarantined');
    for (const n of again.notices) expect(describeNotice(n, 'zh-CN')).not.toContain('storage:');
    const quarantine = path.join(dir, FOLLOWUP_DIR, 'quarantine');
    expect(
      fs.readdirSync(quarantine).map((f) => fs.readFileSync(path.join(quarantine, f))),
    ).toEqual([bad]);
  });

  it('refuses clearly, and creates no empty registry over it, when nothing can be restored', async () => {
    const dir = tempDir('yst-followup-');
    const repo = await open(dir);
    await fill(repo);
    await repo.close();
    opened.pop();
    fs.rmSync(path.join(dir, FOLLOWUP_DIR, 'backups'), { recursive: true });
    fs.writeFileSync(docPath(dir), '{"trunc');
    const error = await openFollowupRepository(dir, { lock: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).notice.code).toBe('error.unrecoverable');
    expect(fs.readFileSync(docPath(dir), 'utf8')).toBe('{"trunc');
  });

  it('a forged event is refused by the restore gate', async () => {
    const dir = tempDir('yst-followup-');
    const repo = await open(dir);
    await fill(repo);
    await repo.close();
    opened.pop();
    const doc = JSON.parse(fs.readFileSync(docPath(dir), 'utf8')) as { events: object[] };
    doc.events[0] = { ...doc.events[0], channel: 'carrierPigeon' };
    fs.writeFileSync(docPath(dir), JSON.stringify(doc));
    const again = await open(dir);
    expect(again.notices[0]?.code).toBe('refused.invalid');
    expect(again.state().topics.t1?.channel).toBe('doorToDoor');
  });

  it('refuses to write after close', async () => {
    const repo = await open(tempDir('yst-followup-'));
    await repo.close();
    opened.pop();
    await expect(
      repo.dispatch({ type: 'topic/triage', topicId: 't1', triage: 'minor', at: T }),
    ).rejects.toBeInstanceOf(StorageError);
  });
});
