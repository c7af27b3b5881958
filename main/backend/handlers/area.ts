import { apiError, type RequestChannel, type Result } from '../../../shared/api';
import type { Handlers } from '../gate';
import { RepositoryError } from '../repository';

/** The handlers of one area: exactly the channels it names, each typed by the API table. */
export type AreaHandlers<C extends RequestChannel> = Pick<Handlers, C>;

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
export const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** The refusal for a meeting id that names no meeting. */
export const unknownMeeting = (meetingId: string) =>
  ({ ok: false, error: apiError('meeting.unknown', { meetingId }) }) as const;

/** Storage and document refusals are answers with a code, not exceptions. */
export async function typed<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RepositoryError) return { ok: false, error: error.error };
    throw error;
  }
}
