import path from 'node:path';
import { listBackups, readBackup } from './backups';
import { errnoCode, StorageError } from './errors';
import { notRegularFile, type StorageFs } from './fs-layer';
import { readJournal, type JournalRead } from './journal';
import { documentFile, journalFile, type Layout } from './layout';
import {
  readNewerMeeting,
  replayEvents,
  restoreMeeting,
  type Restore,
  type RestoredMeeting,
} from './restore';
import { DOCUMENT_LIMITS } from './safe-json';
import { MEETING_SCHEMA_VERSION } from './schema';
import { notice, type MeetingCodec, type MeetingSummary, type Notice } from './types';

/**
 * Everything known about a meeting on disk, found without changing anything. The store then
 * carries out the repairs (quarantine, rewrite); the crash test and support tools inspect only.
 */
export type MeetingInspection<E, S> = {
  meetingId: string;
  /** Where the base events came from. */
  source: 'document' | 'backup' | 'journal';
  /** The document file exists but the gate refused it: it must be quarantined before rewriting. */
  documentRefused: boolean;
  /** The journal holds something that was not accepted: quarantine it instead of truncating. */
  journalDamaged: boolean;
  /** The document on disk is not the current version or not the whole truth: rewrite it. */
  needsRewrite: boolean;
  /**
   * Set when a newer version wrote the meeting: it may be shown, never written, repaired or
   * quarantined, and no older backup may stand in for it (two histories would split). The
   * notice says so ('readOnly.newerVersion'); the flags above are then all false.
   */
  readOnly: Notice | undefined;
  events: E[];
  state: S;
  summary: MeetingSummary;
  notices: Notice[];
};

/**
 * The text of a meeting file, or undefined when there is none. A file that is not a regular file
 * (a folder, a named pipe: reading one would hang) or cannot be read (no permission) refuses this
 * meeting with a typed reason, so that one such file never stops the others from opening, and it
 * is left exactly where and as it is.
 */
async function readText(fs: StorageFs, file: string): Promise<string | undefined> {
  const name = path.basename(file);
  try {
    const size = await fs.size(file);
    if (size === undefined) return undefined;
    // Checked before reading: a hostile 10 GB file must not be pulled into memory.
    if (size > DOCUMENT_LIMITS.maxBytes) return '\u0000too-large';
    return (await fs.readFile(file)).toString('utf8');
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return undefined;
    if (notRegularFile(code)) throw new StorageError('refused.notAFile', { file: name });
    throw new StorageError('refused.unreadable', { file: name }, [], error);
  }
}

function gate<E, S>(text: string, codec: MeetingCodec<E, S>, file: string, id: string) {
  if (text === '\u0000too-large')
    return {
      ok: false as const,
      refusal: notice('refused.tooLarge', { file, limit: DOCUMENT_LIMITS.maxBytes }),
    };
  return restoreMeeting(text, codec, { file, expectedId: id });
}

type Base<E, S> = { meeting: RestoredMeeting<E, S>; readOnly: Notice | undefined };

/**
 * A file the gate refused as newer than this version: shown read-only if this version can read
 * it, refused otherwise. Either way the search for a base stops here: an older backup must not
 * stand in for it.
 */
function newerBase<E, S>(
  text: string,
  refusal: Notice,
  codec: MeetingCodec<E, S>,
  file: string,
  id: string,
  notices: Notice[],
): Base<E, S> {
  const newer = readNewerMeeting(text, codec, { file, expectedId: id });
  if (!newer.ok) throw new StorageError(refusal.code, { ...refusal.params }, notices);
  return {
    meeting: newer.value,
    readOnly: notice('readOnly.newerVersion', {
      meetingId: id,
      file,
      version: newer.value.version,
      supported: MEETING_SCHEMA_VERSION,
    }),
  };
}

async function newestGoodBackup<E, S>(
  fs: StorageFs,
  layout: Layout,
  codec: MeetingCodec<E, S>,
  id: string,
  notices: Notice[],
): Promise<Base<E, S> | undefined> {
  for (const name of await listBackups(fs, layout, id)) {
    let text: string;
    try {
      text = await readBackup(fs, layout, id, name);
    } catch (error) {
      // A backup that is no regular file or cannot be read is passed over like a refused one.
      const code = errnoCode(error);
      notices.push(
        notice(notRegularFile(code) ? 'refused.notAFile' : 'refused.unreadable', { file: name }),
      );
      continue;
    }
    const result: Restore<RestoredMeeting<E, S>> = gate(text, codec, name, id);
    if (!result.ok && result.refusal.code === 'refused.tooNew')
      return newerBase(text, result.refusal, codec, name, id, notices);
    if (result.ok) {
      notices.push(
        ...result.notices,
        notice('recovered.fromBackup', { backup: name, events: result.value.events.length }),
      );
      return { meeting: result.value, readOnly: undefined };
    }
  }
  return undefined;
}

/**
 * Load a meeting read-only: document through the restore gate, else the newest backup that
 * passes it, then the journal lines past it. Throws StorageError 'error.notFound' when there is
 * no trace of the meeting and 'error.unrecoverable' when there are only refused files;
 * 'refused.notAFile' / 'refused.unreadable' for a file it cannot read, and 'refused.tooNew' for a
 * newer version's meeting that this version cannot show. `knownCount` is the number of confirmed
 * events the index noted: a journal holding fewer lost some (see readJournal).
 */
export async function inspectMeeting<E, S>(
  fs: StorageFs,
  layout: Layout,
  codec: MeetingCodec<E, S>,
  id: string,
  knownCount?: number,
): Promise<MeetingInspection<E, S>> {
  const notices: Notice[] = [];
  const docPath = documentFile(layout, id);
  const journalPath = journalFile(layout, id);
  const docText = await readText(fs, docPath);
  const journalText = await readText(fs, journalPath);
  let base: Base<E, S> | undefined;
  let source: MeetingInspection<E, S>['source'] = 'document';
  let documentRefused = false;
  let needsRewrite = false;
  if (docText !== undefined) {
    const file = path.basename(docPath);
    const restored = gate(docText, codec, file, id);
    if (restored.ok) {
      base = { meeting: restored.value, readOnly: undefined };
      notices.push(...restored.notices);
      needsRewrite = restored.notices.length > 0;
    } else if (restored.refusal.code === 'refused.tooNew') {
      base = newerBase(docText, restored.refusal, codec, file, id, notices);
    } else {
      documentRefused = true;
      notices.push(restored.refusal);
    }
  }
  if (!base) {
    source = 'backup';
    needsRewrite = true;
    base = await newestGoodBackup(fs, layout, codec, id, notices);
  }
  const readOnly = base?.readOnly;
  let journal: JournalRead<E> | undefined;
  if (journalText !== undefined) {
    journal = readJournal(
      journalText,
      base?.meeting.events.length ?? 0,
      codec.eventSchema,
      path.basename(journalPath),
      readOnly ? undefined : knownCount,
    );
    // A newer version's journal that this one does not fully understand cannot be shown as it is.
    if (readOnly && journal.damaged)
      throw new StorageError('refused.tooNew', { ...readOnly.params }, notices);
    notices.push(...journal.notices);
    if (journal.events.length > 0) needsRewrite = true;
  }
  if (!base) {
    if (!journal || journal.events.length === 0) {
      if (docText === undefined)
        throw new StorageError('error.notFound', { meetingId: id }, notices);
      throw new StorageError('error.unrecoverable', { meetingId: id }, notices);
    }
    source = 'journal';
    notices.push(notice('recovered.fromJournalOnly', { events: journal.events.length }));
  }
  let events = [...(base?.meeting.events ?? []), ...(journal?.events ?? [])];
  let replayed = replayEvents(codec, id, events, path.basename(journalPath));
  let journalDamaged = journal?.damaged ?? false;
  if (!replayed.ok && readOnly)
    throw new StorageError('refused.tooNew', { ...readOnly.params }, notices);
  if (!replayed.ok && base) {
    // The journal's events do not fit the document: keep the document, set the journal aside.
    notices.push(replayed.refusal);
    journalDamaged = true;
    events = base.meeting.events;
    replayed = {
      ok: true,
      value: { state: base.meeting.state, summary: base.meeting.summary },
      notices: [],
    };
  }
  if (!replayed.ok)
    throw new StorageError('error.unrecoverable', { meetingId: id }, [
      ...notices,
      replayed.refusal,
    ]);
  if (readOnly)
    return {
      meetingId: id,
      source,
      documentRefused: false,
      journalDamaged: false,
      needsRewrite: false,
      readOnly,
      events,
      ...replayed.value,
      notices: [readOnly],
    };
  return {
    meetingId: id,
    source,
    documentRefused,
    journalDamaged,
    needsRewrite,
    readOnly: undefined,
    events,
    ...replayed.value,
    notices,
  };
}
