import { readFile } from 'node:fs/promises';
import { translator, type Locale } from '../../shared/i18n/index';
import { trustedFingerprints } from '../signing/identity';
import { verifyPdf, type VerifyResult } from '../signing/verify';
import { cliOutput } from './output';
import { pdfHashes } from './verify-hash';

// `yishiting verify FILE.pdf`: prints a verdict and returns the exit code. The lead wires this
// into the commander program; the verify screen calls verifyPdf directly with the same trust list.

export type VerifyCliOptions = Readonly<{
  dataDir: string;
  locale?: Locale;
  /** Where lines go (default stdout), already made visible (output.ts); tests collect them. */
  print?: (line: string) => void;
  /** Also print the SHA-256 the notice's QR code carries, and the whole file's (verify-hash.ts). */
  hash?: boolean;
}>;

/** The --hash lines: the QR code's hash from the embedded content (or why none), the file's. */
export function describeHashes(pdf: Buffer, locale: Locale = 'zh-CN'): string[] {
  const t = translator(locale);
  const { content, file } = pdfHashes(pdf);
  return [
    content
      ? t('documents:verify.contentHash', { hash: content })
      : t('documents:verify.noContent'),
    t('documents:verify.fileHash', { hash: file }),
  ];
}

/** Exit codes: 0 valid, 1 invalid (modified, not signed, unknown signer), 2 unreadable. */
export function exitCodeOf(status: VerifyResult['status']): number {
  if (status === 'valid') return 0;
  return status === 'unreadable' ? 2 : 1;
}

/** The verdict and, where known, signer, time and fingerprint, one per line. */
export function describeVerdict(verdict: VerifyResult, locale: Locale = 'zh-CN'): string[] {
  const t = translator(locale);
  const lines = [
    verdict.status !== 'unreadable'
      ? t(`documents:verify.${verdict.status}`)
      : verdict.incomplete
        ? t('documents:verify.incomplete')
        : t('documents:verify.unreadable', { reason: verdict.detail }),
  ];
  if (verdict.signer) lines.push(t('documents:verify.signer', { signer: verdict.signer }));
  if (verdict.signedAt)
    lines.push(t('documents:verify.signedAt', { time: verdict.signedAt.toISOString() }));
  if (verdict.fingerprint)
    lines.push(t('documents:verify.fingerprint', { fingerprint: verdict.fingerprint }));
  return lines;
}

/** Verifies `file` against this installation's trusted certificates and prints the verdict. */
export async function runVerify(file: string, options: VerifyCliOptions): Promise<number> {
  const output = cliOutput(options.print && { out: options.print, err: options.print });
  let verdict: VerifyResult;
  try {
    const pdf = await readFile(file);
    if (options.hash) for (const line of describeHashes(pdf, options.locale)) output.line(line);
    const trusted = await trustedFingerprints(options.dataDir).catch(() => []);
    verdict = verifyPdf(pdf, { trustedFingerprints: trusted });
  } catch (error) {
    verdict = {
      status: 'unreadable',
      signer: null,
      signedAt: null,
      fingerprint: null,
      detail: (error as Error).message,
    };
  }
  for (const line of describeVerdict(verdict, options.locale)) output.line(line);
  return exitCodeOf(verdict.status);
}
