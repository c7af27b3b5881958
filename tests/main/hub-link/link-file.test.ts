import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HUB_LINK_FILE, readHubLink, writeHubLink } from '../../../main/hub-link/link-file';
import {
  emptyLog,
  HUB_LINK_LOG_FILE,
  readHubLinkLog,
  writeHubLinkLog,
} from '../../../main/hub-link/log-file';
import { hubLinkService, type HubLinkDeps } from '../../../main/hub-link/service';
import { emptyFollowup } from '../../../shared/followup';
import { removeDir, tempDir } from '../bundle/fixture';

// DATA/hub-link.json and DATA/hub-link-log.json: written whole and atomically, private, and a
// damaged file is moved to quarantine/ (kept for a look) and read as "not linked", never lost.

const LINK = {
  version: 1 as const,
  address: 'http://127.0.0.1:8790',
  communityId: 'xingfuli',
  communityName: '幸福里社区居民委员会',
  token: 'tok_0123456789abcdefghijklmnopqrstuv',
  enrolledAt: '2026-06-01T08:00:00.000Z',
};

const dirs: string[] = [];
const folder = () => {
  const dir = tempDir('yst-hublink-');
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach(removeDir));

/** A service over a data folder with no meetings (enough for the link file's behaviour). */
function service(dataDir: string) {
  const deps: HubLinkDeps = {
    dataDir,
    identity: () => Promise.reject(new Error('not needed')),
    closedMeetings: () => Promise.resolve([]),
    bundleSource: {
      dataDir,
      identity: () => Promise.reject(new Error('not needed')),
      events: () => Promise.resolve(null),
      followup: () => Promise.resolve(emptyFollowup()),
    },
    followup: {
      state: () => emptyFollowup(),
      dispatch: () => Promise.reject(new Error('not needed')),
    },
    clock: () => Date.parse('2026-06-02T08:00:00Z'),
  };
  return hubLinkService(deps);
}

describe('the hub link file', () => {
  it('is missing on a fresh folder: not linked, nothing damaged', async () => {
    const dataDir = folder();
    expect(await readHubLink(dataDir)).toEqual({ value: null, damaged: null });
    const status = await service(dataDir).status('zh-CN');
    expect(status).toMatchObject({ linked: false, address: null, damaged: null, sends: [] });
    await expect(service(dataDir).send('zh-CN')).rejects.toMatchObject({
      code: 'hubLink.notLinked',
    });
  });

  it('is written atomically, readable by its owner only, and read back the same', async () => {
    const dataDir = folder();
    await writeHubLink(dataDir, LINK);
    expect((await readHubLink(dataDir)).value).toEqual(LINK);
    const file = path.join(dataDir, HUB_LINK_FILE);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The status shows the link, never its token.
    const status = await service(dataDir).status('en');
    expect(status).toMatchObject({ linked: true, communityId: 'xingfuli', address: LINK.address });
    expect(JSON.stringify(status)).not.toContain(LINK.token);
  });

  it('when damaged, is set aside in quarantine with its bytes, and the chair is told', async () => {
    const dataDir = folder();
    const file = path.join(dataDir, HUB_LINK_FILE);
    fs.writeFileSync(file, '{"version":1,"address":"http://h", "token": trunc');
    const link = service(dataDir);
    const status = await link.status('zh-CN');
    expect(status.linked).toBe(false);
    expect(status.damaged).toMatch(/^quarantine[\\/].*hub-link\.json$/);
    expect(fs.existsSync(file)).toBe(false);
    const kept = path.join(dataDir, status.damaged!);
    expect(fs.readFileSync(kept, 'utf8')).toContain('trunc');
    await expect(link.sync('zh-CN')).rejects.toMatchObject({
      code: 'hubLink.linkDamaged',
      params: { keptAs: status.damaged },
    });
    // A field out of range is damage too (a token cut to nothing).
    fs.writeFileSync(file, JSON.stringify({ ...LINK, token: '' }));
    expect((await readHubLink(dataDir)).damaged).toMatch(/hub-link\.json$/);
  });

  it('keeps a log per hub: a damaged log, or another hub’s, starts afresh', async () => {
    const dataDir = folder();
    const log = emptyLog(LINK.address, LINK.communityId);
    log.lastCommentId = 41;
    await writeHubLinkLog(dataDir, log);
    expect((await readHubLinkLog(dataDir, LINK.address, LINK.communityId)).lastCommentId).toBe(41);
    expect(
      (await readHubLinkLog(dataDir, 'http://other:8790', LINK.communityId)).lastCommentId,
    ).toBe(0);
    fs.writeFileSync(path.join(dataDir, HUB_LINK_LOG_FILE), 'not json');
    expect(await readHubLinkLog(dataDir, LINK.address, LINK.communityId)).toEqual(
      emptyLog(LINK.address, LINK.communityId),
    );
    expect(fs.readdirSync(path.join(dataDir, 'quarantine')).join()).toContain(HUB_LINK_LOG_FILE);
  });
});
