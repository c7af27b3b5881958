import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command, Option } from 'commander';
import { translator, type Locale } from '../../shared/i18n';
import {
  BundleError,
  describeBundleRefusal,
  folderSource,
  readBundle,
  writeBundle,
} from '../bundle';
import { resolveDataDir } from '../storage/data-dir';
import { writeFileAtomic } from '../storage/atomic-file';
import { nodeFs } from '../storage/fs-layer';
import { failureReason } from './failure';
import { localeOption, type LocaleOptions } from './locale';
import { cliOutput, type Sinks } from './output';
import { cliIdentity } from './signing-passphrase';

// `yishiting bundle MEETING --out FILE` writes a stored meeting's signed bundle (seeds/BUNDLE.md);
// `yishiting bundle verify FILE` checks one. Exit codes: 0 written / intact; 1 refused (the reason
// in words); 2 bad input or a file that cannot be read or written. A meeting called "verify" is
// named by its data folder's path instead; meeting ids are plain names, so none is in practice.

type WriteOptions = LocaleOptions & Readonly<{ out?: string; data?: string }>;
type VerifyOptions = LocaleOptions & Readonly<{ fingerprint?: string[] }>;

const collect = (value: string, previous: readonly string[] = []) => [...previous, value];

export async function runBundle(meeting: string, options: WriteOptions, sinks?: Sinks) {
  const output = cliOutput(sinks);
  const locale: Locale = options.lang;
  const t = translator(locale);
  if (!options.out) {
    output.error(t('storage:bundle.outRequired'));
    return 2;
  }
  const out = resolve(options.out);
  const dataDir = resolveDataDir({ flag: options.data });
  try {
    const written = await writeBundle(meeting, folderSource(dataDir, cliIdentity(dataDir, locale)));
    await writeFileAtomic(nodeFs, out, written.bytes);
    for (const skipped of written.skipped) {
      const reason = t(`storage:bundle.skippedReason.${skipped.reason}`);
      output.error(t('storage:bundle.skipped', { file: skipped.name, reason }));
    }
    const key = written.isNew ? 'storage:bundle.written' : 'storage:bundle.unchanged';
    output.line(t(key, { file: out, sequence: written.manifest.sequence }));
    return 0;
  } catch (error) {
    output.error(
      error instanceof BundleError
        ? error.describe(locale)
        : t('ui:cli.failed', { reason: failureReason(error, locale) }),
    );
    return 2;
  }
}

export async function runBundleVerify(file: string, options: VerifyOptions, sinks?: Sinks) {
  const output = cliOutput(sinks);
  const locale: Locale = options.lang;
  const t = translator(locale);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    output.error(t('ui:cli.unreadable', { file, reason: failureReason(error, locale) }));
    return 2;
  }
  const read = await readBundle(bytes, {
    label: basename(file),
    ...(options.fingerprint ? { trustedFingerprints: options.fingerprint } : {}),
  });
  if (!read.ok) {
    const reason = describeBundleRefusal(read.refusal, locale);
    output.error(t('storage:bundle.refusedBecause', { reason }));
    return 1;
  }
  const { manifest, certificate, state, pdfs } = read.bundle;
  output.line(t('storage:bundle.valid'));
  output.line(t('storage:bundle.community', { name: manifest.community.name }));
  const title = state.meeting?.title ?? '';
  output.line(t('storage:bundle.meeting', { ...manifest, title }));
  const previous = manifest.previous ?? t('storage:bundle.firstInChain');
  output.line(t('storage:bundle.sequence', { sequence: manifest.sequence, previous }));
  output.line(t('storage:bundle.signer', certificate));
  output.line(t('storage:bundle.files', { count: manifest.files.length, pdfs: pdfs.length }));
  return 0;
}

export function registerBundle(program: Command, dataOption: () => Option): void {
  const bundle = program
    .command('bundle')
    .description("write a meeting's signed bundle for the street office (seeds/BUNDLE.md)")
    .argument('<meeting>', 'the id of a stored meeting')
    .option('--out <file>', 'where to write the bundle (.zip)')
    .addOption(dataOption())
    .addOption(localeOption())
    .action(async (meeting: string, options: WriteOptions) => {
      process.exitCode = await runBundle(meeting, options);
    });
  bundle
    .command('verify')
    .description('check a bundle (exit 0 intact, 1 refused, 2 unreadable)')
    .argument('<file>', 'the bundle (.zip)')
    .option('--fingerprint <hex>', 'accept only this signer certificate, repeatable', collect)
    // --lang is the parent's (commander gives a parent's options to it wherever they stand).
    .action(async (file: string, _options: VerifyOptions, command: Command) => {
      process.exitCode = await runBundleVerify(file, command.optsWithGlobals<VerifyOptions>());
    });
}
