import type { MeetingState } from '../../shared/domain';
import {
  buildMinutes,
  buildNotice,
  buildSignInSheet,
  type DocumentModel,
  type MinutesOptions,
  type NoticeOptions,
  type SignInSheetOptions,
} from '../../shared/documents';
import { translator, type Locale } from '../../shared/i18n';
import { renderPdf } from '../pdf';
import { issuingBodyOf } from '../settings/issuing-body-file';
import { ensureIdentity, signPdf, type SigningIdentity } from '../signing';

// Build → render → sign: the one path from a meeting to a PDF, shared by the CLI, the backend and
// the desktop app. The certificate fingerprint printed at the foot of every page comes from the
// same identity that signs, so the paper copy names the key that a verifier will find.

/** Which document: 会议记录, 公示, 签到表. */
export type ExportKind = 'minutes' | 'notice' | 'signin';

/** A builder's options without the fingerprint line, which export fills from the identity. */
type Without<T> = Omit<T, 'fingerprintLine'>;

export type ExportRequest = Readonly<
  {
    state: MeetingState;
    /** The data folder holding the signing identity (created on first use). */
    dataDir: string;
    /**
     * The identity to sign with, from the app's keyring (which holds unlocked keys); default:
     * ensureIdentity(dataDir), which cannot open a passphrase-protected key.
     */
    identity?: () => Promise<SigningIdentity>;
    /** Skip signing: no identity is touched and no fingerprint line is printed. */
    unsigned?: boolean;
    /** Creation and signing time (default now); fixed in tests. */
    now?: Date;
  } & (
    | { kind: 'minutes'; options: Without<MinutesOptions> }
    | { kind: 'notice'; options: Without<NoticeOptions> }
    | { kind: 'signin'; options: Without<SignInSheetOptions> }
  )
>;

function build(
  request: ExportRequest,
  fingerprintLine: string | undefined,
  now: Date,
): DocumentModel {
  // Times are printed on the meeting's own clock (its recorded zone), never this machine's.
  const extra = fingerprintLine ? { fingerprintLine } : {};
  switch (request.kind) {
    case 'minutes':
      // The minutes are dated the day they are signed (the caller may give another day).
      return buildMinutes(request.state, {
        signedAt: now.getTime(),
        ...request.options,
        ...extra,
      });
    case 'notice':
      return buildNotice(request.state, { ...request.options, ...extra });
    case 'signin':
      return buildSignInSheet(request.state, { ...request.options, ...extra });
  }
}

/** The settings' issuing body (发文单位 …), unless the caller gave one (the CLI's flags). */
async function withIssuingBody(request: ExportRequest): Promise<ExportRequest> {
  if (request.options.issuingBody) return request;
  const issuingBody = await issuingBodyOf(request.dataDir);
  return { ...request, options: { ...request.options, issuingBody } } as ExportRequest;
}

/** The document kind's name, as the signature's stated reason. */
function reasonOf(model: DocumentModel, locale: Locale): string {
  return translator(locale)(`documents:kind.${model.kind}`);
}

/**
 * Builds the document, lays it out as PDF and, unless `unsigned`, signs it with the data folder's
 * identity (ensureIdentity creates one on first use). Throws DocumentInputError (from the
 * builders) when the request names something the meeting does not have; nothing is written.
 */
export async function exportDocument(given: ExportRequest): Promise<Buffer> {
  const request = await withIssuingBody(given);
  const now = request.now ?? new Date();
  const locale = request.options.locale;
  if (request.unsigned) {
    return renderPdf(build(request, undefined, now), { creationDate: now, trusted: true });
  }
  // Build once without the line first, so a bad request fails before an identity is created.
  build(request, undefined, now);
  const identity = await (request.identity ?? (() => ensureIdentity(request.dataDir)))();
  const t = translator(locale);
  const model = build(
    request,
    t('documents:fingerprint.line', { fingerprint: identity.fingerprint }),
    now,
  );
  const pdf = await renderPdf(model, {
    creationDate: now,
    trusted: true,
    signature: {
      name: identity.subject,
      reason: reasonOf(model, locale),
      location: request.state.meeting?.place || undefined,
      signingTime: now,
    },
  });
  return signPdf(pdf, identity, now);
}
