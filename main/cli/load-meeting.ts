import { stat } from 'node:fs/promises';
import { replay, runScript, type MeetingState } from '../../shared/domain';
import { describeError } from '../../shared/i18n/describe-error';
import { translator, type Locale, type Translate } from '../../shared/i18n';
import { openRepository } from '../backend/storage-repository';
import { readScriptFile } from './read-script';
import { failureReason } from './failure';

// What a command means by MEETING: a meeting script file (replayed in memory, nothing stored) or
// the id of a meeting stored in the data folder (its events replayed). A path that exists wins,
// so a file named like an id is still read as a file.

export type LoadedMeeting =
  Readonly<{ ok: true; state: MeetingState }> | Readonly<{ ok: false; message: string }>;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function fromScript(file: string, t: Translate): Promise<LoadedMeeting> {
  const read = await readScriptFile(file, t);
  if (!read.ok) return read;
  const outcome = runScript(read.script);
  if (!outcome.ok) {
    const reason = describeError((key, params) => t(key, params), outcome.error);
    return { ok: false, message: t('documents:export.scriptInvalid', { reason }) };
  }
  return { ok: true, state: outcome.state };
}

async function fromStore(
  meetingId: string,
  dataDir: string,
  locale: Locale,
): Promise<LoadedMeeting> {
  const t = translator(locale);
  const unknown: LoadedMeeting = {
    ok: false,
    message: t('documents:export.unknownMeeting', { meeting: meetingId }),
  };
  // Ids are plain names; anything path-like that is not a file is simply not a meeting.
  if (!/^[\w.-]+$/.test(meetingId)) return unknown;
  try {
    const repository = await openRepository(dataDir);
    try {
      const loaded = await repository.load(meetingId);
      if (!loaded || loaded.events.length === 0) return unknown;
      return { ok: true, state: replay(meetingId, loaded.events) };
    } finally {
      await repository.close();
    }
  } catch (error) {
    // A locked folder or a damaged meeting in words, not as its catalogue code.
    const reason = failureReason(error, locale);
    return { ok: false, message: t('documents:export.failed', { reason }) };
  }
}

/** Loads MEETING (a script file or a stored meeting id) into a state, or says why it cannot. */
export async function loadMeeting(
  meeting: string,
  dataDir: string,
  locale: Locale,
): Promise<LoadedMeeting> {
  return (await isFile(meeting))
    ? fromScript(meeting, translator(locale))
    : fromStore(meeting, dataDir, locale);
}
