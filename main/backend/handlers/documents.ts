import { apiError } from '../../../shared/api';
import { toBase64, typed, unknownMeeting, type AreaHandlers } from './area';
import type { HandlerContext } from './context';

/** A meeting's documents as signed PDFs, kept with the meeting so they travel in its archive. */
export function documentsHandlers({
  deps,
  meetings,
}: HandlerContext): AreaHandlers<'documents/export'> {
  return {
    'documents/export': ({ meetingId, ...request }) =>
      typed(async () => {
        const state = await meetings.load(meetingId);
        if (!state) return unknownMeeting(meetingId);
        if (!deps.documents) return { ok: false, error: apiError('documents.unavailable') };
        const file = await deps.documents(state, request, deps.clock());
        await deps.repository.savePdf(meetingId, file.fileName, file.bytes);
        return { ok: true, value: { fileName: file.fileName, base64: toBase64(file.bytes) } };
      }),
  };
}
