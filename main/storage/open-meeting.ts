import { Low } from 'lowdb';
import { fsyncDir } from './atomic-file';
import { writeBackup, type BackupReason } from './backups';
import type { StoreContext } from './context';
import { StorageError } from './errors';
import { documentFile, journalFile } from './layout';
import { DurableJsonFile } from './lowdb-adapter';
import { inspectMeeting } from './meeting-loader';
import { MeetingWriter } from './meeting-writer';
import { quarantine } from './quarantine';
import { restoreMeeting } from './restore';
import { buildMeetingDocument, type MeetingDocument } from './schema';
import { MeetingSession } from './session';
import type { MeetingSummary, Notice } from './types';

/** Take a backup; a failure (disk full) must not fail the meeting, the journal still holds all. */
export async function backupQuietly<E, S>(
  ctx: StoreContext<E, S>,
  id: string,
  text: string,
  count: number,
  reason: BackupReason,
): Promise<void> {
  if (text === '') return;
  await writeBackup(ctx.fs, ctx.layout, id, text, count, reason, ctx.keepBackups).catch(
    () => undefined,
  );
}

function makeSession<E, S>(
  ctx: StoreContext<E, S>,
  id: string,
  loaded: {
    events: E[];
    documentCount: number;
    state: S;
    notices: Notice[];
    readOnly?: Notice | undefined;
  },
) {
  // Reads through lowdb pass the same restore gate; the session itself only writes.
  const adapter = new DurableJsonFile<MeetingDocument<E>>(
    ctx.fs,
    documentFile(ctx.layout, id),
    (text) => {
      const restored = restoreMeeting(text, ctx.codec, { file: `${id}.json`, expectedId: id });
      if (!restored.ok)
        throw new StorageError(restored.refusal.code, { ...restored.refusal.params });
      const { events, summary, state } = restored.value;
      return buildMeetingDocument(id, events, summary, state);
    },
  );
  const emptyState = ctx.codec.replay(id, []);
  const db = new Low(
    adapter,
    buildMeetingDocument<E>(id, [], ctx.codec.summarize(id, emptyState), emptyState),
  );
  const writer = new MeetingWriter(
    ctx.fs,
    journalFile(ctx.layout, id),
    ctx.board,
    id,
    loaded.events.length,
    (count) => ctx.index.noteCount(id, count),
  );
  let lastBackup = loaded.documentCount;
  let lastSummary: MeetingSummary | undefined;
  const onCompacted = (summary: MeetingSummary, text: string, count: number): void => {
    lastSummary = summary;
    ctx.index.set(summary);
    if (count - lastBackup >= ctx.backupEvery) {
      lastBackup = count;
      void backupQuietly(ctx, id, text, count, 'periodic');
    }
  };
  const onClosed = async (): Promise<void> => {
    ctx.sessions.delete(id);
    // A newer version's meeting, shown read-only: its journal is that version's, not ours.
    if (loaded.readOnly) return;
    // No journal file means "closed cleanly"; one left behind marks the meeting to resume.
    await ctx.fs.unlink(journalFile(ctx.layout, id)).catch(() => undefined);
    await fsyncDir(ctx.fs, ctx.layout.meetings).catch(() => undefined);
    await backupQuietly(ctx, id, adapter.lastWritten ?? '', session.eventCount(), 'close');
    if (lastSummary) ctx.index.set(lastSummary);
    await ctx.index.flush().catch(() => undefined);
  };
  const session: MeetingSession<E, S> = new MeetingSession(
    id,
    ctx.codec,
    writer,
    db,
    adapter,
    loaded,
    { compactEvery: ctx.compactEvery },
    onCompacted,
    onClosed,
  );
  return { session, writer, adapter };
}

/** Create a new meeting with its first events; its document exists on disk when this resolves. */
export async function createSession<E, S>(
  ctx: StoreContext<E, S>,
  id: string,
  initialEvents: readonly E[],
): Promise<MeetingSession<E, S>> {
  const docPath = documentFile(ctx.layout, id);
  if (
    ctx.sessions.has(id) ||
    ctx.index.has(id) ||
    (await ctx.fs.size(docPath)) !== undefined ||
    (await ctx.fs.size(journalFile(ctx.layout, id))) !== undefined
  ) {
    throw new StorageError('error.alreadyExists', { meetingId: id });
  }
  const events: E[] = [];
  for (const event of initialEvents) events.push(ctx.codec.eventSchema.parse(event));
  const state = ctx.codec.replay(id, events);
  const { session, writer, adapter } = makeSession(ctx, id, {
    events,
    documentCount: -1,
    state,
    notices: [],
  });
  await session.exclusive(async () => {
    await session.writeDocument(events.length);
    await writer.reset();
  });
  ctx.sessions.set(id, session);
  ctx.index.setCount(id, events.length);
  await backupQuietly(ctx, id, adapter.lastWritten ?? '', events.length, 'open');
  return session;
}

/**
 * Open a stored meeting and repair what needs it: a refused document is quarantined and the
 * newest good backup plus the journal take its place; a damaged journal is quarantined after its
 * good events are safe in a rewritten document. Nothing is overwritten that was not read first.
 */
export async function openSession<E, S>(
  ctx: StoreContext<E, S>,
  id: string,
): Promise<MeetingSession<E, S>> {
  const inspection = await inspectMeeting(ctx.fs, ctx.layout, ctx.codec, id, ctx.index.count(id));
  if (inspection.readOnly) {
    // Shown as it is: no repair, no fresh journal, no backup, no count. Nothing is written.
    const { session } = makeSession(ctx, id, {
      events: inspection.events,
      documentCount: inspection.events.length,
      state: inspection.state,
      notices: inspection.notices,
      readOnly: inspection.readOnly,
    });
    ctx.sessions.set(id, session);
    ctx.index.set(inspection.summary);
    return session;
  }
  const notices = [...inspection.notices];
  const docPath = documentFile(ctx.layout, id);
  const journalPath = journalFile(ctx.layout, id);
  if (inspection.documentRefused) notices.push(await quarantine(ctx.fs, ctx.layout, docPath));
  const count = inspection.events.length;
  const { session, writer, adapter } = makeSession(ctx, id, {
    events: inspection.events,
    documentCount: count,
    state: inspection.state,
    notices,
  });
  await session.exclusive(async () => {
    if (inspection.needsRewrite || inspection.journalDamaged) await session.writeDocument(count);
    if (inspection.journalDamaged) {
      await writer.startNewFile();
      notices.push(await quarantine(ctx.fs, ctx.layout, journalPath));
    }
    // Every journal line is in the document now. A fresh (empty) journal also marks the
    // meeting as open: a journal left on disk means "resume this".
    await writer.reset();
  });
  ctx.sessions.set(id, session);
  // What is confirmed from now on: a loss reported here is not reported again at the next start.
  ctx.index.setCount(id, count);
  const text =
    adapter.lastWritten ??
    (await ctx.fs
      .readFile(docPath)
      .then((b) => b.toString('utf8'))
      .catch(() => ''));
  await backupQuietly(ctx, id, text, count, 'open');
  ctx.index.set(inspection.summary);
  return session;
}
