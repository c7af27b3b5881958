import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ApiError } from '../../shared/api';
import {
  eventSchema,
  replay,
  resume,
  type MeetingEvent,
  type MeetingState,
} from '../../shared/domain';
import { DEFAULT_LOCALE } from '../../shared/i18n';
import {
  describeNotice,
  openStore,
  StorageError,
  type MeetingCodec,
  type MeetingSession,
  type MeetingStore,
  type Notice,
  type StorageHealth,
  type StoreOptions,
} from '../storage';
import { RepositoryError, type MeetingRepository } from './repository';
import { summaryOf } from './summary';

const asError = (notice: Notice): ApiError => ({ code: notice.code, params: { ...notice.params } });

/** PDF names come from meeting titles: keep them to one path segment without odd characters. */
function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 120);
  return cleaned.endsWith('.pdf') ? cleaned : `${cleaned}.pdf`;
}

/** The store reads and writes archives as files; the API carries bytes. */
async function viaTempFile<T>(work: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'yishiting-archive-'));
  try {
    return await work(join(dir, 'meeting.zip'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Storage refusals reach the chair as typed errors in the user's language, not as exceptions. */
function explain(error: unknown): unknown {
  return error instanceof StorageError ? new RepositoryError(asError(error.notice)) : error;
}

async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explain(error);
  }
}

/** The meeting core plugged into the generic store: what every stored meeting is made of. */
export const meetingCodec: MeetingCodec<MeetingEvent, MeetingState> = {
  // The core's deeply readonly event type is what the schema produces, minus the readonly marks.
  eventSchema: eventSchema as unknown as z.ZodType<MeetingEvent>,
  replay: (meetingId, events) => replay(meetingId, events),
  resume: (_meetingId, state, events) => resume(state, events),
  summarize: (meetingId, state) => summaryOf(meetingId, state, 0),
};

/**
 * The crash-safe store (main/storage) behind the backend: the core's event schema is the restore
 * gate for every event read from disk, and its replay rebuilds the state.
 */
export async function openRepository(
  dataDir: string,
  options: StoreOptions = {},
): Promise<MeetingRepository> {
  const store: MeetingStore<MeetingEvent, MeetingState> = await openStore(
    dataDir,
    meetingCodec,
    options,
  );
  // What start-up found (a meeting file it could not read and skipped, a rebuilt list…) has no
  // window to go to yet: the console that started the app hears it, in the app's language.
  for (const found of store.startupNotices)
    console.warn(`议事厅 storage: ${describeNotice(found, DEFAULT_LOCALE)}`);
  const sessions = new Map<string, MeetingSession<MeetingEvent, MeetingState>>();

  const session = async (meetingId: string) => {
    const open = sessions.get(meetingId);
    if (open) return open;
    const opened = await store.openMeeting(meetingId);
    sessions.set(meetingId, opened);
    return opened;
  };

  const unhealthy = (health: StorageHealth) => health.status !== 'ok';

  return {
    list: () => Promise.resolve(store.listMeetings()),
    async load(meetingId) {
      try {
        const opened = await session(meetingId);
        return { events: opened.allEvents(), notices: opened.notices.map(asError) };
      } catch (error) {
        if (error instanceof StorageError && error.notice.code === 'error.notFound') return null;
        if (error instanceof StorageError) throw new RepositoryError(asError(error.notice));
        throw error;
      }
    },
    async create(meetingId, events) {
      sessions.set(meetingId, await explained(() => store.createMeeting(meetingId, events)));
    },
    async append(meetingId, events) {
      const opened = await explained(() => session(meetingId));
      let written: Promise<unknown>;
      try {
        written = opened.take(events);
      } catch (error) {
        // Refused before anything was queued (read-only, invalid): `append`'s own refusal.
        throw explain(error);
      }
      return { durable: explained(() => written).then(() => undefined) };
    },
    saveStatus(meetingId) {
      const health = store.health();
      // While the disk takes writes, what the store has taken is being written: a change goes to
      // the windows as its sync starts (its command is acknowledged once it ends), and the
      // windows must not read "not saved" from every change. A write the disk refuses turns the
      // health to an error, which every window hears at once with the records still pending.
      if (health.status === 'ok') return { saved: true, pending: 0, error: null };
      const pending = sessions.get(meetingId)?.pendingEvents() ?? 0;
      return { saved: false, pending, error: asError(health.notice) };
    },
    whenUnhealthy() {
      if (unhealthy(store.health())) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const stop = store.onHealthChange((health) => {
          if (!unhealthy(health)) return;
          stop();
          resolve();
        });
      });
    },
    onSaveStatusChange: (listener) => store.onHealthChange(() => listener()),
    // Through the store: written atomically and private (0600), like every file of the meeting.
    savePdf: (meetingId, fileName, bytes) =>
      explained(() => store.savePdf(meetingId, safeFileName(fileName), bytes)),
    exportArchive: (meetingId) =>
      viaTempFile(async (file) => {
        await explained(() => store.exportArchive(meetingId, file));
        return new Uint8Array(await readFile(file));
      }),
    importArchive: (bytes, onExists) =>
      viaTempFile(async (file) => {
        await writeFile(file, bytes, { mode: 0o600 });
        const result = await explained(() =>
          store.importArchive(file, onExists ? { onExists } : {}),
        );
        sessions.delete(result.meetingId);
        return { status: result.status, meetingId: result.meetingId };
      }),
    close: () => store.close(),
  };
}
