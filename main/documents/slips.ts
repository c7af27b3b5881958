import type { MeetingState } from '../../shared/domain';
import { buildSlips, type SlipEntry } from '../../shared/documents';
import type { Locale } from '../../shared/i18n';
import { layoutSlips } from '../pdf/slips';

// The personal slips' PDF. Not signed, on purpose: a signature says "this is the committee's
// public record, check it against our key", and the slips are the opposite, a private credential
// per member that is void once the codes rotate or the meeting closes. A signed copy would also
// carry the signer's reason and be verifiable by anyone holding it, inviting it to be kept and
// passed around. For the same reason the backend does not file it in the meeting's archive.

export type SlipsRequest = Readonly<{
  state: MeetingState;
  locale: Locale;
  /** Each member's personal join URL, from the room (main/room). */
  slips: readonly SlipEntry[];
  /** The PDF's creation date (default now); fixed in tests. */
  now?: Date;
}>;

/** Builds and lays out the slips. Throws DocumentInputError('noSlips') when there are none. */
export async function exportSlips(request: SlipsRequest): Promise<Buffer> {
  const sheet = buildSlips(request.state, { locale: request.locale, slips: request.slips });
  const { pdf } = await layoutSlips(sheet, { creationDate: request.now ?? new Date() });
  return pdf;
}
