import type { Command } from 'commander';
import { z } from 'zod';
import { EMPTY_ISSUING_BODY, issuingBodySchema, type IssuingBody } from '../../shared/documents';
import { lineOf } from '../../shared/domain/commands/fields';
import type { Translate } from '../../shared/i18n';
import type { ExportRequest } from '../documents/export';
import { readIssuingSettings } from '../settings/issuing-body-file';

// `yishiting export`'s issuing body: the data folder's settings (the same file the console
// edits), with flags for what a script or a one-off export needs instead. A flag overrides its
// field for this export only; nothing is saved.

export type IssuerFlags = Readonly<{
  issuer?: string;
  addressee?: string;
  supervisionPhone?: string;
  contact?: string;
  contactPhone?: string;
  attachment?: readonly string[];
}>;

/** The same limits as the console's request (shared/api/contract.ts). */
const attachmentsSchema = z.array(lineOf(100)).max(20);

const collect = (value: string, previous: readonly string[] = []) => [...previous, value];

/** The flags on the export command. */
export function addIssuerOptions(command: Command): Command {
  return command
    .option('--issuer <name>', 'issuing body (发文单位) on notices and minutes (default: settings)')
    .option(
      '--addressee <text>',
      'notice: the addressee line (default: settings for the body kind)',
    )
    .option('--supervision-phone <text>', 'notice: the supervision phone (监督电话)')
    .option('--contact <name>', 'notice: a named contact person')
    .option('--contact-phone <text>', "notice: the contact person's phone")
    .option('--attachment <name>', 'notice: an attachment (附件), repeatable', collect);
}

/** Saved settings with the flags laid over them for this meeting's body kind. */
function merged(saved: IssuingBody, flags: IssuerFlags, wanted: ExportRequest): unknown {
  const kind = wanted.state.meeting?.bodyKind;
  return {
    ...saved,
    ...(flags.issuer !== undefined ? { name: flags.issuer } : {}),
    ...(flags.supervisionPhone !== undefined ? { supervisionPhone: flags.supervisionPhone } : {}),
    addressees:
      flags.addressee !== undefined && kind
        ? { ...saved.addressees, [kind]: flags.addressee }
        : saved.addressees,
    contact: {
      name: flags.contact ?? saved.contact.name,
      phone: flags.contactPhone ?? saved.contact.phone,
    },
  };
}

/**
 * The export request with its issuing body (and a notice's attachments), or the reason a flag
 * was refused (too long, a control character), in the user's language.
 */
export async function withIssuer(
  wanted: ExportRequest,
  flags: IssuerFlags,
  t: Translate,
): Promise<{ ok: true; request: ExportRequest } | { ok: false; message: string }> {
  const saved = (await readIssuingSettings(wanted.dataDir).catch(() => null))?.issuingBody;
  const checked = issuingBodySchema.safeParse(merged(saved ?? EMPTY_ISSUING_BODY, flags, wanted));
  const listed = attachmentsSchema.safeParse(flags.attachment ?? []);
  if (!checked.success || !listed.success) {
    const issue = (checked.error ?? listed.error)?.issues[0];
    const field = checked.success ? 'attachment' : (issue?.path.join('.') ?? '');
    return { ok: false, message: t('documents:export.badIssuer', { field }) };
  }
  const attachments = listed.data;
  const options = {
    ...wanted.options,
    issuingBody: checked.data,
    ...(wanted.kind === 'notice' && attachments.length > 0 ? { attachments } : {}),
  };
  return { ok: true, request: { ...wanted, options } as ExportRequest };
}
