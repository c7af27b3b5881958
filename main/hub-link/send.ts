import { createHash } from 'node:crypto';
import type { HubSendResult } from '../../shared/api/hub-link';
import type { Locale } from '../../shared/i18n';
import { writeBundle } from '../bundle';
import { postBundle, type HubCall } from './client';
import type { HubLinkDeps, SendableMeeting } from './deps';
import { describeFailure, describeRefusal } from './describe';
import { HubLinkError } from './errors';
import type { HubLinkLog, SentBundle } from './log-file';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A logged bundle as the chair reads it. */
export function resultOf(entry: SentBundle, locale: Locale): HubSendResult {
  const refused = entry.status === 'refused' || entry.status === 'failed';
  return {
    meetingId: entry.meetingId,
    title: entry.title,
    date: entry.date,
    sequence: entry.sequence,
    status: entry.status,
    reason:
      refused && entry.code ? describeRefusal(entry.code, entry.params, entry.message, locale) : '',
    at: entry.at,
  };
}

function failed(meeting: SendableMeeting, at: string, reason: string): HubSendResult {
  return { ...meeting, sequence: null, status: 'failed', reason, at };
}

export type SendOutcome = Readonly<{ results: HubSendResult[]; missing: number[] }>;

/**
 * Bundles every closed meeting (writeBundle gives an unchanged meeting its earlier bundle again,
 * byte for byte) and posts each the hub has not yet taken; `replayed` means it has it already.
 * A refused bundle does not stop the others; a hub that cannot be reached stops the run (every
 * later meeting is reported not delivered); a token the hub no longer knows fails the whole run.
 * `log` is updated in place, bundle by bundle, so a run cut short still keeps what it learned.
 */
export async function sendAll(
  deps: HubLinkDeps,
  call: HubCall,
  log: HubLinkLog,
): Promise<SendOutcome> {
  const meetings = await deps.closedMeetings();
  const results: HubSendResult[] = [];
  let down: HubLinkError | null = null;
  let missing = log.missing;
  for (const meeting of meetings) {
    const at = new Date(deps.clock()).toISOString();
    if (down) {
      results.push(failed(meeting, at, describeFailure(down, call.locale)));
      continue;
    }
    let written: Awaited<ReturnType<typeof writeBundle>>;
    try {
      written = await writeBundle(meeting.meetingId, deps.bundleSource);
    } catch (error) {
      results.push(failed(meeting, at, describeFailure(error, call.locale)));
      continue;
    }
    const hash = sha256(written.bytes);
    const sequence = written.manifest.sequence;
    const known = log.bundles[hash];
    if (known?.status === 'accepted' || known?.status === 'replayed') {
      results.push({ ...resultOf(known, call.locale), status: 'replayed' });
      continue;
    }
    const base = { ...meeting, sequence, at, params: {}, message: null, code: null };
    let entry: SentBundle;
    try {
      const answer = await postBundle(call, written.bytes);
      if (answer.accepted) {
        missing = [...answer.missing];
        entry = { ...base, status: 'accepted' };
      } else {
        const { code, params, message } = answer;
        entry = {
          ...base,
          status: code === 'replayed' ? 'replayed' : 'refused',
          code,
          params: { ...params },
          message: message ? { ...message } : null,
        };
      }
    } catch (error) {
      if (!(error instanceof HubLinkError) || error.code === 'hubLink.unauthorized') throw error;
      down = error;
      entry = { ...base, status: 'failed', code: error.code, params: { ...error.params } };
    }
    log.bundles[hash] = entry;
    results.push(resultOf(entry, call.locale));
  }
  log.missing = missing;
  return { results, missing };
}
