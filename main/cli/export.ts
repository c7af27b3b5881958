import { access, constants, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Argument, Option, type Command } from 'commander';
import {
  checkNotice,
  describeNoticeWarning,
  DocumentInputError,
  type NoticeKind,
} from '../../shared/documents';
import { meetingToday, type MeetingState } from '../../shared/domain';
import { translator, type Translate } from '../../shared/i18n';
import { exportDocument, type ExportKind, type ExportRequest } from '../documents/export';
import { resolveDataDir } from '../storage/data-dir';
import { addIssuerOptions, withIssuer, type IssuerFlags } from './export-issuer';
import { failureReason } from './failure';
import { loadMeeting } from './load-meeting';
import { localeOption, type LocaleOptions } from './locale';
import { cliIdentity } from './signing-passphrase';
import { cliOutput, type Sinks } from './output';

// `yishiting export minutes|notice|signin MEETING --out FILE.pdf`: the signed PDF of a meeting.
// Bad input (unknown meeting, item or vote, a folder that cannot be written) is reported in the
// chosen language with exit code 2, and nothing is written: the PDF goes to a temporary file
// beside the target and is renamed into place only when complete.

type ExportOptions = LocaleOptions &
  IssuerFlags &
  Readonly<{
    out: string;
    item?: string;
    vote?: string;
    unsigned?: boolean;
    data?: string;
    noticeKind: NoticeKind;
    postedOn?: string;
    attendeeSignatures?: boolean;
    blank?: boolean;
    phone?: boolean;
    objectionAddress?: string;
    objectionPhone?: string;
    objectionContact?: string;
  }>;

/** Why `out` cannot be written, or null: checked before any work so no identity is created in vain. */
async function unwritable(out: string): Promise<string | null> {
  try {
    const info = await stat(out).catch(() => null);
    if (info?.isDirectory()) return 'EISDIR';
    await access(dirname(out), constants.W_OK);
    if (info) await access(out, constants.W_OK);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Writes all or nothing: a temporary file renamed over the target. */
async function writeWhole(out: string, pdf: Buffer): Promise<void> {
  const temp = `${out}.${process.pid}.tmp`;
  try {
    await writeFile(temp, pdf);
    await rename(temp, out);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** What to export, from the command's options. */
function request(
  kind: ExportKind,
  options: ExportOptions,
  base: Readonly<{
    state: MeetingState;
    dataDir: string;
    unsigned: boolean;
    identity: ExportRequest['identity'];
  }>,
): ExportRequest {
  const locale = options.lang;
  switch (kind) {
    case 'minutes':
      return {
        ...base,
        kind,
        options: { locale, attendeeSignatures: options.attendeeSignatures ?? false },
      };
    case 'signin':
      return {
        ...base,
        kind,
        options: {
          locale,
          ...(options.blank ? { mode: 'blank' as const } : {}),
          ...(options.phone ? { phone: true } : {}),
        },
      };
    case 'notice':
      return {
        ...base,
        kind,
        options: {
          locale,
          kind: options.noticeKind,
          voteId: options.vote,
          itemId: options.item,
          // Posted today on the meeting's calendar unless the chair says otherwise.
          postedOn: options.postedOn ?? meetingToday(base.state, Date.now()),
          // Left out, a field prints as 【待填写】, to be filled in by hand before posting.
          objection: {
            ...(options.objectionAddress ? { address: options.objectionAddress } : {}),
            ...(options.objectionPhone ? { phone: options.objectionPhone } : {}),
            ...(options.objectionContact ? { contact: options.objectionContact } : {}),
          },
        },
      };
  }
}

/**
 * Runs the export; returns the exit code (0 written, 2 bad input or cannot write). Lines go to
 * `sinks` (default stdout and stderr) made visible, since file names and reasons are data.
 */
export async function runExport(
  kind: ExportKind,
  meeting: string,
  options: ExportOptions,
  sinks?: Sinks,
): Promise<number> {
  const { line: print, error: printError } = cliOutput(sinks);
  const t: Translate = translator(options.lang);
  const out = resolve(options.out);
  const dataDir = resolveDataDir({ flag: options.data });
  const cannot = await unwritable(out);
  if (cannot) {
    printError(t('documents:export.unwritable', { file: out, reason: cannot }));
    return 2;
  }
  const loaded = await loadMeeting(meeting, dataDir, options.lang);
  if (!loaded.ok) {
    printError(loaded.message);
    return 2;
  }
  const wanted = request(kind, options, {
    state: loaded.state,
    dataDir,
    unsigned: options.unsigned ?? false,
    // A passphrase-protected key: YISHITING_SIGNING_PASSPHRASE or a hidden prompt.
    identity: cliIdentity(dataDir, options.lang),
  });
  const issued = await withIssuer(wanted, options, t);
  if (!issued.ok) {
    printError(issued.message);
    return 2;
  }
  let pdf: Buffer;
  try {
    pdf = await exportDocument(issued.request);
  } catch (error) {
    if (error instanceof DocumentInputError) {
      printError(t(error.key, error.params));
      return 2;
    }
    printError(t('documents:export.failed', { reason: failureReason(error, options.lang) }));
    return 2;
  }
  try {
    await writeWhole(out, pdf);
  } catch (error) {
    printError(t('documents:export.unwritable', { file: out, reason: (error as Error).message }));
    return 2;
  }
  // What is allowed but unusual (an invalid vote, a late posting) is said, on stderr.
  if (wanted.kind === 'notice') {
    for (const warning of checkNotice(wanted.state, wanted.options).warnings) {
      printError(describeNoticeWarning(warning, t));
    }
  }
  print(t('documents:export.written', { file: out }));
  return 0;
}

export function registerExport(program: Command, dataOption: () => Option): void {
  addIssuerOptions(program.command('export'))
    .description(
      'export the signed minutes, a public notice or the sign-in sheet of a meeting as PDF',
    )
    .addArgument(
      new Argument('<document>', 'which document').choices(['minutes', 'notice', 'signin']),
    )
    .argument('<meeting>', 'a meeting script (JSON) or the id of a stored meeting')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--item <id>', 'notice: the agenda item it is about')
    .option('--vote <id>', 'notice: the vote it reports')
    .addOption(
      new Option('--notice-kind <kind>', 'notice: what it makes public')
        .choices(['proposal', 'resolution', 'implementation'])
        .default('resolution'),
    )
    .option(
      '--posted-on <date>',
      "notice: day of posting, YYYY-MM-DD (default today on this machine's clock)",
    )
    .option('--objection-address <text>', 'notice: where written objections go')
    .option('--objection-phone <text>', 'notice: the phone number for objections')
    .option('--objection-contact <text>', 'notice: who receives objections (default the issuer)')
    .option('--attendee-signatures', 'minutes: a signature line for everyone present')
    .option('--blank', 'sign-in sheet: without recorded times, to print before the meeting')
    .option('--phone', "sign-in sheet: print each person's phone (private: off by default)")
    .option('--unsigned', 'do not sign the PDF')
    .addOption(dataOption())
    .addOption(localeOption())
    .action(async (document: ExportKind, meeting: string, options: ExportOptions) => {
      process.exitCode = await runExport(document, meeting, options);
    });
}
