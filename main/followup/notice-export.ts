import type { Result } from '../../shared/domain';
import type { MeetingState } from '../../shared/domain';
import {
  buildImplementationNotice,
  type ImplementationNoticeOptions,
  type TrackedItem,
} from '../../shared/followup';
import { translator } from '../../shared/i18n';
import { renderPdf } from '../pdf';
import { issuingBodyOf } from '../settings/issuing-body-file';
import { ensureIdentity, signPdf, SigningError, type SigningIdentity } from '../signing';

export type ImplementationExport = Readonly<{
  /** The state of the meeting that decided the item. */
  meeting: MeetingState;
  item: TrackedItem;
  /** The data folder holding the signing identity (created on first use). */
  dataDir: string;
  /** The identity to sign with, from the app's keyring; default ensureIdentity(dataDir). */
  identity?: () => Promise<SigningIdentity>;
  options: Omit<ImplementationNoticeOptions, 'fingerprintLine'>;
  /** Creation and signing time (default now); fixed in tests. */
  now?: Date;
  unsigned?: boolean;
}>;

/**
 * The implementation-result notice as a signed PDF: the same build → render → sign path as
 * main/documents/export.ts (same renderer, same identity, same fingerprint line), so
 * `yishiting verify` accepts it. A refusal (item not done, wrong meeting) is returned, not
 * thrown; DocumentInputError from the notice builder is thrown as export does.
 */
export async function exportImplementationNotice(
  request: ImplementationExport,
): Promise<Result<Buffer>> {
  const now = request.now ?? new Date();
  const { meeting, item } = request;
  // The issuer, addressee and contact come from the data folder's settings, as export.ts does.
  const options = request.options.issuingBody
    ? request.options
    : { ...request.options, issuingBody: await issuingBodyOf(request.dataDir) };
  // Built once without the line first, so a bad request fails before an identity is created.
  const plain = buildImplementationNotice(meeting, item, options);
  if (!plain.ok) return plain;
  if (request.unsigned) {
    return { ok: true, value: await renderPdf(plain.value, { creationDate: now, trusted: true }) };
  }
  let identity: SigningIdentity;
  try {
    identity = await (request.identity ?? (() => ensureIdentity(request.dataDir)))();
  } catch (error) {
    // Locked until the chair unlocks it in settings: a refusal in words, nothing written.
    if (error instanceof SigningError) {
      return { ok: false, error: { code: error.code, params: { ...error.params } } };
    }
    throw error;
  }
  const t = translator(options.locale);
  const fingerprintLine = t('documents:fingerprint.line', { fingerprint: identity.fingerprint });
  const model = buildImplementationNotice(meeting, item, { ...options, fingerprintLine });
  if (!model.ok) return model;
  const pdf = await renderPdf(model.value, {
    creationDate: now,
    trusted: true,
    signature: {
      name: identity.subject,
      reason: t('documents:kind.notice'),
      location: meeting.meeting?.place || undefined,
      signingTime: now,
    },
  });
  return { ok: true, value: await signPdf(pdf, identity, now) };
}
