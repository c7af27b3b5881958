import { meetingToday, type MeetingState } from '../../shared/domain';
import { DocumentInputError, type SlipEntry } from '../../shared/documents';
import { exportDocument } from '../documents/export';
import { exportSlips } from '../documents/slips';
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
  /** The members' personal join URLs from the room, for kind 'slips' only. */
  slips?: readonly SlipEntry[],
) => Promise<{ fileName: string; bytes: Uint8Array }>;

/** An objection channel without its empty fields, so those print as 【待填写】 for the pen. */
function definedOnly(channel: Readonly<Record<string, string | undefined>>) {
  return Object.fromEntries(
    Object.entries(channel).filter(([, value]) => value !== undefined && value !== ''),
  );
}

type Signer = Readonly<{ dataDir: string; identity?: () => Promise<SigningIdentity> }>;

/** The PDF of one request: signed documents through exportDocument, the slips unsigned. */
function bytesOf(
  state: MeetingState,
  request: DocumentRequest,
  now: number,
  signer: Signer,
  slips: readonly SlipEntry[],
): Promise<Buffer> {
  const common = { locale: request.locale };
  const at = new Date(now);
  switch (request.kind) {
    case 'slips':
      return exportSlips({ state, ...common, slips, now: at });
    case 'minutes':
      return exportDocument({
        state,
        ...signer,
        kind: 'minutes',
        options: { ...common, attendeeSignatures: request.attendeeSignatures ?? false },
        now: at,
      });
    case 'notice':
      return exportDocument({
        state,
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
        now: at,
      });
    case 'signin':
      return exportDocument({
        state,
        ...signer,
        kind: 'signin',
        options: {
          ...common,
          ...(request.blank ? { mode: 'blank' as const } : {}),
          ...(request.phone ? { phone: true } : {}),
        },
        now: at,
      });
  }
}

/**
 * The signed-PDF path behind the chair console's export buttons: the same build → render → sign
 * as `yishiting export`, with the data folder's signing identity. A request naming something the
 * meeting does not have becomes a typed error in the user's language. The personal slips take
 * the room's URLs and are not signed (main/documents/slips.ts says why).
 */
export function documentExporter(
  dataDir: string,
  /** The signing service's identity, which holds the unlocked key; default from dataDir. */
  identity?: () => Promise<SigningIdentity>,
): DocumentExporter {
  const signer: Signer = identity ? { dataDir, identity } : { dataDir };
  return async (state, request, now, slips = []) => {
    try {
      const bytes = await bytesOf(state, request, now, signer, slips);
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
