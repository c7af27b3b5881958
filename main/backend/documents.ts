import { meetingToday, type MeetingState } from '../../shared/domain';
import { DocumentInputError } from '../../shared/documents';
import { exportDocument } from '../documents/export';
import type { RequestOf } from '../../shared/api';
import type { SigningIdentity } from '../signing';
import { exportFileName } from './export-file-name';
import { RepositoryError } from './repository';
import { asRepositoryError } from './signing';

/** What the console asks for, as the API's schema has parsed it, without the meeting id. */
export type DocumentRequest = Readonly<Omit<RequestOf<'documents/export'>, 'meetingId'>>;

export type DocumentExporter = (
  state: MeetingState,
  request: DocumentRequest,
  now: number,
) => Promise<{ fileName: string; bytes: Uint8Array }>;

/** An objection channel without its empty fields, so those print as 【待填写】 for the pen. */
function definedOnly(channel: Readonly<Record<string, string | undefined>>) {
  return Object.fromEntries(
    Object.entries(channel).filter(([, value]) => value !== undefined && value !== ''),
  );
}

/**
 * The signed-PDF path behind the chair console's export buttons: the same build → render → sign
 * as `yishiting export`, with the data folder's signing identity. A request naming something the
 * meeting does not have becomes a typed error in the user's language.
 */
export function documentExporter(
  dataDir: string,
  /** The signing service's identity, which holds the unlocked key; default from dataDir. */
  identity?: () => Promise<SigningIdentity>,
): DocumentExporter {
  return async (state, request, now) => {
    const common = { locale: request.locale };
    const signer = identity ? { identity } : {};
    try {
      const bytes =
        request.kind === 'minutes'
          ? await exportDocument({
              state,
              dataDir,
              ...signer,
              kind: 'minutes',
              options: { ...common, attendeeSignatures: request.attendeeSignatures ?? false },
              now: new Date(now),
            })
          : request.kind === 'notice'
            ? await exportDocument({
                state,
                dataDir,
                ...signer,
                kind: 'notice',
                options: {
                  ...common,
                  postedOn: request.postedOn ?? meetingToday(state, now),
                  ...(request.noticeKind ? { kind: request.noticeKind } : {}),
                  ...(request.objection ? { objection: definedOnly(request.objection) } : {}),
                  ...(request.attachments?.length ? { attachments: request.attachments } : {}),
                  ...(request.voteId ? { voteId: request.voteId } : {}),
                  ...(request.itemId ? { itemId: request.itemId } : {}),
                },
                now: new Date(now),
              })
            : await exportDocument({
                state,
                dataDir,
                ...signer,
                kind: 'signin',
                options: {
                  ...common,
                  ...(request.blank ? { mode: 'blank' as const } : {}),
                  ...(request.phone ? { phone: true } : {}),
                },
                now: new Date(now),
              });
      return {
        fileName: exportFileName(state, request),
        bytes: new Uint8Array(bytes),
      };
    } catch (error) {
      if (error instanceof DocumentInputError)
        throw new RepositoryError({ code: `export.${error.code}`, params: { ...error.params } });
      // A locked key: "unlock it in settings", in the chair's language.
      throw asRepositoryError(error);
    }
  };
}
