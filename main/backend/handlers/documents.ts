import { apiError } from '../../../shared/api';
import { toBase64, typed, unknownMeeting, type AreaHandlers } from './area';
import type { HandlerContext } from './context';

/** A meeting's documents as signed PDFs, kept with the meeting so they travel in its archive. */
export function documentsHandlers({
  deps,
  meetings,
  room,
}: HandlerContext): AreaHandlers<'documents/export'> {
  return {
    'documents/export': ({ meetingId, ...request }) =>
      typed(async () => {
        const state = await meetings.load(meetingId);
        if (!state) return unknownMeeting(meetingId);
        if (!deps.documents) return { ok: false, error: apiError('documents.unavailable') };
        if (request.kind === 'slips') {
          // Personal codes: handed to the chair, never filed in the meeting's archive, which is
          // copied and shared; the room refuses while it is off (the URLs need its address).
          const urls = await room.personalJoinUrls(meetingId);
          if (!urls.ok) return urls;
          const file = await deps.documents(state, request, deps.clock(), urls.value);
          return { ok: true, value: { fileName: file.fileName, base64: toBase64(file.bytes) } };
        }
        const file = await deps.documents(state, request, deps.clock());
        await deps.repository.savePdf(meetingId, file.fileName, file.bytes);
        return { ok: true, value: { fileName: file.fileName, base64: toBase64(file.bytes) } };
      }),
  };
}
