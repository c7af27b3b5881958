import type { Command, Option } from 'commander';
import { resolveDataDir } from '../storage/data-dir';
import { localeOption, type LocaleOptions } from './locale';
import { runVerify } from './verify';

// `yishiting verify FILE.pdf`: the commander face of runVerify. Exit codes: 0 valid; 1 invalid
// (modified, not signed, unknown signer); 2 unreadable.

type VerifyOptions = LocaleOptions & Readonly<{ data?: string }>;

export function registerVerify(program: Command, dataOption: () => Option): void {
  program
    .command('verify')
    .description(
      "check a PDF's signature against this installation's certificates (exit 0 valid, 1 invalid, 2 unreadable)",
    )
    .argument('<file>', 'the PDF to check')
    .addOption(dataOption())
    .addOption(localeOption())
    .action(async (file: string, options: VerifyOptions) => {
      process.exitCode = await runVerify(file, {
        dataDir: resolveDataDir({ flag: options.data }),
        locale: options.lang,
      });
    });
}
