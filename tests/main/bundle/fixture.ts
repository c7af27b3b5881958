import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openRepository } from '../../../main/backend/storage-repository';
import { summaryOf } from '../../../main/backend/summary';
import { writeBundle, type BundleSource } from '../../../main/bundle';
import { exportDocument } from '../../../main/documents/export';
import { openFollowupRepository } from '../../../main/followup/repository';
import { settingsService } from '../../../main/settings/issuing-body-file';
import { ensureIdentity } from '../../../main/signing';
import { EMPTY_ISSUING_BODY } from '../../../shared/documents';
import { runScript, type MeetingState } from '../../../shared/domain';
import { actionImports } from '../../../shared/followup';

// A data folder as a community's laptop has it: seed meetings stored with members' phones and the
// chair's private notes added, each with its signed minutes and a sign-in sheet printed WITH
// phones filed beside it, their action items on the follow-up board, and a 发文单位 in settings.

export const SEEDS = path.join(import.meta.dirname, '..', '..', '..', 'seeds');
export const SEED_FILES = ['courtyard-repairs', 'parking-drying', 'village-quorum'] as const;
export const COMMUNITY = '幸福里社区居民委员会';
/** Phones given to members: none may appear in any file of a bundle. */
export const PHONES = ['13812345678', '13987654321', '15500001111'];
export const PRIVATE_NOTE = '私密备忘：老周家的情况别在会上提';
export const PRIVATE_ITEM_NOTE = '私密：王阿姨欠物业费三年';
export const NOW = new Date('2026-06-01T08:00:00Z');

export function tempDir(prefix = 'yst-bundle-'): string {
  return fs.mkdtempSync(path.join(tmpdir(), prefix));
}

type Script = {
  meeting: { at: string };
  roster: Array<Record<string, unknown>>;
  agenda: Array<{ itemId: string }>;
  commands: Array<Record<string, unknown>>;
};

/** The seed script with phones on three members and two private notes at its first moment. */
export function seedWithSecrets(name: string): Script {
  const script = JSON.parse(fs.readFileSync(path.join(SEEDS, `${name}.json`), 'utf8')) as Script;
  script.roster.slice(0, PHONES.length).forEach((member, i) => (member.phone = PHONES[i]));
  const at = script.commands[0]?.at ?? script.meeting.at;
  script.commands.unshift(
    { at, type: 'notes/set', text: PRIVATE_NOTE, private: true },
    {
      at,
      type: 'notes/set',
      itemId: script.agenda[0]!.itemId,
      text: PRIVATE_ITEM_NOTE,
      private: true,
    },
  );
  return script;
}

export type Laptop = { dataDir: string; states: Record<string, MeetingState> };

/** A data folder holding the given seeds (meeting id = seed name, or ids[i] when given). */
export async function laptop(
  seeds: readonly string[] = SEED_FILES,
  ids: readonly string[] = seeds,
): Promise<Laptop> {
  const dataDir = tempDir();
  await settingsService(dataDir).save({ ...EMPTY_ISSUING_BODY, name: COMMUNITY });
  const identity = await ensureIdentity(dataDir, { now: NOW });
  const repository = await openRepository(dataDir, { lock: false });
  const followup = await openFollowupRepository(dataDir, { lock: false });
  const states: Record<string, MeetingState> = {};
  try {
    for (const [index, name] of seeds.entries()) {
      const seed = ids[index] ?? name;
      const run = runScript(seedWithSecrets(name), seed);
      if (!run.ok) throw new Error(`seed ${seed} failed at ${run.index}: ${run.error.code}`);
      states[seed] = run.state;
      await repository.create(seed, run.events, summaryOf(seed, run.state, 0));
      const common = {
        state: run.state,
        dataDir,
        identity: () => Promise.resolve(identity),
        now: NOW,
      };
      const minutes = await exportDocument({
        ...common,
        kind: 'minutes',
        options: { locale: 'zh-CN' },
      });
      await repository.savePdf(seed, `${seed}-会议记录.pdf`, minutes);
      const sheet = await exportDocument({
        ...common,
        kind: 'signin',
        options: { locale: 'zh-CN', phone: true },
      });
      await repository.savePdf(seed, `${seed}-签到表.pdf`, sheet);
      for (const input of actionImports(followup.state(), run.state)) {
        const done = await followup.dispatch({
          ...input,
          at: Math.max(run.state.lastAt, followup.state().lastAt),
        });
        if (!done.ok) throw new Error(`import failed: ${done.error.code}`);
      }
    }
  } catch (error) {
    removeDir(dataDir);
    throw error;
  } finally {
    await repository.close();
    await followup.close();
  }
  return { dataDir, states };
}

/** A bundle source over the folder (no locks: tests open the folder more than once). */
export function source(dataDir: string, now: () => Date = () => NOW): BundleSource {
  return {
    dataDir,
    now,
    identity: () => ensureIdentity(dataDir),
    async events(meetingId) {
      const repository = await openRepository(dataDir, { lock: false });
      try {
        return (await repository.load(meetingId))?.events ?? null;
      } finally {
        await repository.close();
      }
    },
    async followup() {
      const registry = await openFollowupRepository(dataDir, { lock: false });
      try {
        return registry.state();
      } finally {
        await registry.close();
      }
    },
  };
}

export async function bundleOf(dataDir: string, meetingId: string, now?: () => Date) {
  return writeBundle(meetingId, source(dataDir, now));
}

/** The bundle's files by name. */
export const unzip = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

/** A bundle with its files changed by `edit`, zipped again (no re-signing). */
export function rezip(
  bytes: Uint8Array,
  edit: (files: Record<string, Uint8Array>) => void,
): Uint8Array {
  const files = unzip(bytes);
  edit(files);
  return zipSync(files as Zippable);
}

export const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
