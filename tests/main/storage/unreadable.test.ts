import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  describeNotice,
  nodeFs,
  openStore,
  StorageError,
  type MeetingStore,
  type StorageFs,
} from '../../../main/storage';
import { added, fakeCodec, type FakeEvent, type FakeState } from './fake-codec';
import { ownTempDir, removeTempDirs } from './helpers';

// One meeting whose file cannot be read must not keep the app from starting (or hang it): that
// meeting is reported and skipped, the others open, and nothing of it is moved or rewritten.

const opened: Array<MeetingStore<FakeEvent, FakeState>> = [];
const fifos: string[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  // A reader stuck in open() on a FIFO is let go by opening its other end.
  for (const fifo of fifos.splice(0)) {
    try {
      fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
    } catch {
      // Nobody was waiting on it.
    }
  }
});

/** As root, chmod cannot deny a read; the injected fs layer does, for one file name. */
function deniedFs(name: string): StorageFs {
  const denied = () =>
    Promise.reject(Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' }));
  return {
    ...nodeFs,
    readFile: (file) => (path.basename(file) === name ? denied() : nodeFs.readFile(file)),
  };
}

/** Meetings m1 and m2, closed cleanly, the index gone (so start-up reads every meeting). */
async function twoMeetings(): Promise<string> {
  const dir = ownTempDir();
  const s = await openStore(dir, fakeCodec, { lock: false });
  await (await s.createMeeting('m1', [added(1), added(2)])).close();
  await (await s.createMeeting('m2', [added(1)])).close();
  await s.close();
  fs.rmSync(path.join(dir, 'index.json'));
  return dir;
}

/** Resolves with the value, or with 'hung' if it takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms = 4000): Promise<T | 'hung'> {
  return Promise.race([promise, new Promise<'hung'>((r) => setTimeout(() => r('hung'), ms))]);
}

type Case = [string, string, 'refused.notAFile' | 'refused.unreadable', (file: string) => void];
const cases: Case[] = [
  [
    'a folder in place of the document',
    'm2.json',
    'refused.notAFile',
    (file) => (fs.rmSync(file), fs.mkdirSync(file)),
  ],
  [
    'a named pipe in place of the document',
    'm2.json',
    'refused.notAFile',
    (file) => (fs.rmSync(file), execFileSync('mkfifo', [file]), fifos.push(file)),
  ],
  [
    'a named pipe in place of the journal',
    'm2.journal',
    'refused.notAFile',
    (file) => (execFileSync('mkfifo', [file]), fifos.push(file)),
  ],
  ['a document it may not read', 'm2.json', 'refused.unreadable', () => undefined],
];

describe.skipIf(process.platform === 'win32')('a meeting whose file cannot be read', () => {
  it.each(cases)(
    '(%s) is reported and skipped at start; the others open; nothing is moved',
    async (_name, fileName, code, spoil) => {
      const dir = await twoMeetings();
      const file = path.join(dir, 'meetings', fileName);
      spoil(file);
      const options = {
        lock: false,
        ...(code === 'refused.unreadable' ? { fs: deniedFs(fileName) } : {}),
      };
      const s = await within(openStore(dir, fakeCodec, options));
      expect(s).not.toBe('hung');
      if (s === 'hung') return;
      opened.push(s);
      expect(s.listMeetings().map((m) => m.meetingId)).toEqual(['m1']);
      const reported = s.startupNotices.find((n) => n.code === code);
      expect(reported?.params).toMatchObject({ file: fileName });
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
        expect(describeNotice(reported!, locale)).toContain(fileName);
        expect(describeNotice(reported!, locale)).not.toContain('storage:');
      }
      expect((await s.openMeeting('m1')).initialState.count).toBe(2);

      const refused = await within(s.openMeeting('m2').catch((e: unknown) => e));
      expect(refused).toBeInstanceOf(StorageError);
      expect((refused as StorageError).notice).toMatchObject({ code, params: { file: fileName } });
      await s.close();
      opened.pop();
      // Left where it was, as it was: no quarantine, no document written over it.
      expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false);
      const kind = fs.lstatSync(file);
      if (code === 'refused.unreadable') expect(kind.isFile()).toBe(true);
      else expect(kind.isFile()).toBe(false);
    },
  );
});

afterAll(removeTempDirs);
