import { strToU8, zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StorageError, type MeetingStore } from '../../../main/storage';
import { translator } from '../../../shared/i18n';
import { describeError } from '../../../shared/i18n/describe-error';
import { added, fakeCodec, type FakeEvent, type FakeState } from './fake-codec';
import { listFiles, tempDir } from './helpers';
import { rawZip, zipBomb } from './zip-bomb';

// Hostile archives: sizes are checked while inflating, not only as declared, so a small file
// cannot make the app inflate gigabytes before it refuses.
const opened: Array<MeetingStore<FakeEvent, FakeState>> = [];
const dirs: string[] = [];
function dir() {
  const made = tempDir('yst-bomb-');
  dirs.push(made);
  return made;
}
async function store() {
  const s = await openStore(dir(), fakeCodec, { compactEvery: 10, lock: false });
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function refusal(s: MeetingStore<FakeEvent, FakeState>, bytes: Uint8Array) {
  const file = path.join(dir(), 'hostile.zip');
  fs.writeFileSync(file, bytes);
  const error = await s.importArchive(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StorageError);
  return (error as StorageError).notice;
}

describe('hostile archives', () => {
  // How fast is in `npm run bench -- archive`; here the 20 s timeout is the guard (the old
  // reader inflated all 4 GiB before refusing: 238 s).
  it('refuses a 4 MB zip whose meeting.json declares 100 bytes but inflates to 4 GiB, at the declared size', async () => {
    const bomb = zipBomb(4);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const s = await store();
    const notice = await refusal(s, bomb);
    expect(notice).toEqual({
      code: 'refused.archiveEntryOversized',
      params: { file: 'hostile.zip', entry: 'meeting.json', declared: 100 },
    });
    expect(fs.readdirSync(path.join(s.dataDir, 'meetings'))).toEqual([]);
    expect(listFiles(s.dataDir).filter((f) => !f.startsWith('index'))).toEqual([]);
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const words = describeError(translator(locale), notice);
      expect(words).toContain('meeting.json');
      expect(words).not.toContain('archiveEntryOversized');
    }
  }, 20_000);

  it('refuses an entry whose stored bytes are longer than it declares', async () => {
    const s = await store();
    const notice = await refusal(
      s,
      rawZip([
        { name: 'manifest.json', data: strToU8('{}'), method: 0, declaredSize: 2 },
        { name: 'meeting.json', data: new Uint8Array(5000), method: 0, declaredSize: 10 },
      ]),
    );
    expect(notice).toMatchObject({
      code: 'refused.archiveEntryOversized',
      params: { entry: 'meeting.json' },
    });
  });

  it('refuses too many entries and too large a declared total before inflating anything', async () => {
    const s = await store();
    const many: Record<string, Uint8Array> = {
      'manifest.json': strToU8('{}'),
      'meeting.json': strToU8('{}'),
    };
    for (let n = 0; n < 250; n++) many[`pdfs/p${n}.pdf`] = strToU8('%PDF');
    expect((await refusal(s, zipSync(many))).code).toBe('refused.archiveTooLarge');
    const huge = rawZip([
      { name: 'manifest.json', data: strToU8('{}'), method: 0, declaredSize: 2 },
      { name: 'meeting.json', data: new Uint8Array(10), method: 8, declaredSize: 2 ** 32 - 1 },
    ]);
    expect((await refusal(s, huge)).code).toBe('refused.archiveTooLarge');
  });

  it('meets damaged bytes anywhere in a real archive with a refusal, never a crash', async () => {
    const s = await store();
    const session = await s.createMeeting('m1', [added(1)]);
    await session.close();
    const file = path.join(dir(), 'm1.zip');
    await s.exportArchive('m1', file);
    const good = fs.readFileSync(file);
    // A fixed-seed generator, so a failure names the same bytes every run.
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    for (let round = 0; round < 60; round++) {
      const bytes = Buffer.from(good);
      for (let flips = 1 + (next() % 4); flips > 0; flips--)
        bytes[next() % bytes.length] = next() % 256;
      const target = await store();
      const damaged = path.join(dir(), `damaged-${round}.zip`);
      fs.writeFileSync(damaged, bytes);
      const outcome = await target.importArchive(damaged).catch((e: unknown) => e);
      if (outcome instanceof Error) expect(outcome, `round ${round}`).toBeInstanceOf(StorageError);
    }
  }, 60_000);
});
