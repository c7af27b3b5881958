import { join } from 'node:path';
import type { z } from 'zod';
import {
  applyFollowup,
  dispatchFollowup,
  replayFollowup,
  foldFollowup,
  followupEventSchema,
  type FollowupDispatchResult,
  type FollowupEvent,
  type FollowupState,
} from '../../shared/followup';
import {
  openStore,
  StorageError,
  type MeetingCodec,
  type Notice,
  type StorageHealth,
  type StoreOptions,
} from '../storage';

/** The registry's own data folder inside the data folder: a store of its own, with its own lock. */
export const FOLLOWUP_DIR = 'followup';
/** The one "meeting-like" document of that store: the whole follow-up registry. */
export const REGISTRY_ID = 'followup-registry';

/**
 * The follow-up registry as the storage sees it: one more event-sourced document, guarded by the
 * same restore gate (the follow-up event schema, replay) with the same journal, atomic writes,
 * backups and quarantine as a meeting. The summary only feeds the registry store's own index.
 */
export const followupCodec: MeetingCodec<FollowupEvent, FollowupState> = {
  // The deeply readonly event type is what the schema produces, minus the readonly marks.
  eventSchema: followupEventSchema as unknown as z.ZodType<FollowupEvent>,
  replay: (_id, events) => replayFollowup(events),
  // foldFollowup copies the state it starts from: the session's kept state stays as it was.
  resume: (_id, state, events) => foldFollowup(state, events),
  summarize: (id, state) => ({
    meetingId: id,
    title: 'follow-up registry',
    date: '',
    status: 'open',
    updatedAt: state.lastAt,
  }),
};

/** The stored registry: read, change durably, close. One per data folder and process. */
export type FollowupRepository = {
  /** What opening found and repaired (a restored backup, a torn journal line…). */
  readonly notices: readonly Notice[];
  /** The registry now, including changes not yet on disk (see `saveStatus`). */
  state(): FollowupState;
  /** Every event, in order (exports, tests). */
  events(): FollowupEvent[];
  /**
   * Stores events decided against `state()` and folds them in. The state changes at once;
   * the promise resolves when the events are on disk (written and fdatasync'd).
   */
  append(events: readonly FollowupEvent[]): Promise<FollowupState>;
  /**
   * Parses, decides and applies a command (stamped with `at` by the caller), then stores it.
   * A refusal changes nothing and writes nothing; an acceptance resolves once durable.
   */
  dispatch(command: unknown): Promise<FollowupDispatchResult>;
  /** Unsaved events and the disk's health, as the chair's save indicator shows them. */
  saveStatus(): Readonly<{ saved: boolean; pending: number; health: StorageHealth }>;
  /** Save, compact, back up and release the folder. */
  close(): Promise<void>;
};

/**
 * Opens (or creates) the follow-up registry in `dataDir/followup`. A second store on a subfolder
 * keeps the registry out of the meeting list and archives while reusing every storage guarantee.
 */
export async function openFollowupRepository(
  dataDir: string,
  options: StoreOptions = {},
): Promise<FollowupRepository> {
  const store = await openStore(join(dataDir, FOLLOWUP_DIR), followupCodec, options);
  let session: Awaited<ReturnType<typeof store.openMeeting>>;
  try {
    session = await store.openMeeting(REGISTRY_ID);
  } catch (error) {
    if (!(error instanceof StorageError) || error.notice.code !== 'error.notFound') {
      await store.close();
      throw error;
    }
    session = await store.createMeeting(REGISTRY_ID, []);
  }
  const opened = session;
  let current = opened.initialState;
  const notices = [...store.startupNotices, ...opened.notices];

  // The session refuses appends after close; refusing here first keeps `current` in step.
  let closed = false;
  const refuseIfClosed = (): void => {
    if (closed) throw new StorageError('error.closed', { meetingId: REGISTRY_ID });
  };
  // A registry a newer version wrote is shown, never changed (see MeetingSession.readOnly).
  const readOnly = opened.readOnly;

  const append = async (events: readonly FollowupEvent[]): Promise<FollowupState> => {
    refuseIfClosed();
    if (readOnly) throw new StorageError(readOnly.code, { ...readOnly.params });
    const written = opened.append(events);
    for (const event of events) current = applyFollowup(current, event);
    await written;
    return current;
  };

  return {
    notices,
    state: () => current,
    events: () => opened.allEvents(),
    append,
    async dispatch(command) {
      refuseIfClosed();
      // Said like a refused command, in the catalogue's words, and nothing changes.
      if (readOnly) return { ok: false, error: { code: readOnly.code, params: readOnly.params } };
      const result = dispatchFollowup(current, command);
      if (!result.ok) return result;
      // Adopt the decided state (equal to folding the events) once the append is queued, so the
      // next command is decided against it even while this one is still being written. Decided
      // events always pass the schema (property test), so the session does not refuse them.
      const written = opened.append(result.events);
      current = result.state;
      await written;
      return result;
    },
    saveStatus() {
      const pending = opened.pendingEvents();
      const health = store.health();
      return { saved: pending === 0 && health.status === 'ok', pending, health };
    },
    close() {
      closed = true;
      return store.close();
    },
  };
}
