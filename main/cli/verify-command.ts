import type { Command, Option } from 'commander';
import { resolveDataDir } from '../storage/data-dir';
import { localeOption, type LocaleOptions } from './locale';
import { runVerify } from './verify';

// `yishiting verify [--hash] FILE.pdf`: the commander face of runVerify. Exit codes: 0 valid;
// 1 invalid (modified, not signed, unknown signer); 2 unreadable (not a PDF, or cut short).

type VerifyOptions = LocaleOptions & Readonly<{ data?: string; hash?: boolean }>;

export function registerVerify(program: Command, dataOption: () => Option): void {
  program
    .command('verify')
    .description(
      "check a PDF's signature against this installation's certificates (exit 0 valid, 1 invalid, 2 unreadable)",
    )
    .argument('<file>', 'the PDF to check')
    .option('--hash', "also print the SHA-256 a notice's QR code shows, and the whole file's")
    .addOption(dataOption())
    .addOption(localeOption())
    .action(async (file: string, options: VerifyOptions) => {
      process.exitCode = await runVerify(file, {
        dataDir: resolveDataDir({ flag: options.data }),
        locale: options.lang,
        hash: options.hash ?? false,
      });
    });
}
