import path from 'node:path';
import { listBackups, readBackup } from './backups';
import { errnoCode, StorageError } from './errors';
import type { StorageFs } from './fs-layer';
import { readJournal, type JournalRead } from './journal';
import { documentFile, journalFile, type Layout } from './layout';
import { replayEvents, restoreMeeting, type RestoredMeeting } from './restore';
import { DOCUMENT_LIMITS } from './safe-json';
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
  events: E[];
  state: S;
  summary: MeetingSummary;
  notices: Notice[];
};

async function readText(fs: StorageFs, file: string): Promise<string | undefined> {
  const size = await fs.size(file);
  if (size === undefined) return undefined;
  // Checked before reading: a hostile 10 GB file must not be pulled into memory.
  if (size > DOCUMENT_LIMITS.maxBytes) return '\u0000too-large';
  try {
    return (await fs.readFile(file)).toString('utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
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

async function newestGoodBackup<E, S>(
  fs: StorageFs,
  layout: Layout,
  codec: MeetingCodec<E, S>,
  id: string,
  notices: Notice[],
) {
  for (const name of await listBackups(fs, layout, id)) {
    const result = gate(await readBackup(fs, layout, id, name), codec, name, id);
    if (result.ok) {
      notices.push(
        ...result.notices,
        notice('recovered.fromBackup', { backup: name, events: result.value.events.length }),
      );
      return result.value;
    }
  }
  return undefined;
}

/**
 * Load a meeting read-only: document through the restore gate, else the newest backup that
 * passes it, then the journal lines past it. Throws StorageError 'error.notFound' when there is
 * no trace of the meeting and 'error.unrecoverable' when there are only refused files.
 */
export async function inspectMeeting<E, S>(
  fs: StorageFs,
  layout: Layout,
  codec: MeetingCodec<E, S>,
  id: string,
): Promise<MeetingInspection<E, S>> {
  const notices: Notice[] = [];
  const docPath = documentFile(layout, id);
  const docText = await readText(fs, docPath);
  let base: RestoredMeeting<E, S> | undefined;
  let source: MeetingInspection<E, S>['source'] = 'document';
  let documentRefused = false;
  let needsRewrite = false;
  if (docText !== undefined) {
    const restored = gate(docText, codec, path.basename(docPath), id);
    if (restored.ok) {
      base = restored.value;
      notices.push(...restored.notices);
      needsRewrite = restored.notices.length > 0;
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
  const journalPath = journalFile(layout, id);
  const journalText = await readText(fs, journalPath);
  let journal: JournalRead<E> | undefined;
  if (journalText !== undefined) {
    journal = readJournal(
      journalText,
      base?.events.length ?? 0,
      codec.eventSchema,
      path.basename(journalPath),
    );
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
  let events = [...(base?.events ?? []), ...(journal?.events ?? [])];
  let replayed = replayEvents(codec, id, events, path.basename(journalPath));
  let journalDamaged = journal?.damaged ?? false;
  if (!replayed.ok && base) {
    // The journal's events do not fit the document: keep the document, set the journal aside.
    notices.push(replayed.refusal);
    journalDamaged = true;
    events = base.events;
    replayed = { ok: true, value: { state: base.state, summary: base.summary }, notices: [] };
  }
  if (!replayed.ok)
    throw new StorageError('error.unrecoverable', { meetingId: id }, [
      ...notices,
      replayed.refusal,
    ]);
  return {
    meetingId: id,
    source,
    documentRefused,
    journalDamaged,
    needsRewrite,
    events,
    ...replayed.value,
    notices,
  };
}
