import { Command, Option } from 'commander';
import { registerBundle } from './bundle';
import { registerExport } from './export';
import { registerHub } from './hub';
import { describeFailure, localeOfArgv } from './failure';
import { cliOutput } from './output';
import { registerReplay } from './replay';
import { registerServe } from './serve';
import { visibleLines } from './terminal-text';
import { registerVerify } from './verify-command';

/**
 * `yishiting`: the same backend as the desktop app, from a terminal. Every command takes
 * --data DIR (or YISHITING_DATA) so a meeting folder can live anywhere, e.g. on a USB stick.
 */
export function buildProgram(): Command {
  const program = new Command('yishiting')
    .description(
      '议事厅 Yishiting — community consultation meetings: agenda, speakers, votes, minutes',
    )
    .showHelpAfterError()
    // Commander echoes what was typed (an unknown option, a bad --lang): made visible like data.
    .configureOutput({
      writeOut: (text) => process.stdout.write(visibleLines(text)),
      writeErr: (text) => process.stderr.write(visibleLines(text)),
      outputError: (text, write) => write(text),
    });
  const dataOption = () =>
    new Option(
      '--data <dir>',
      'data folder (default: YISHITING_DATA, else the per-user app folder)',
    );
  registerServe(program, dataOption);
  registerReplay(program, dataOption);
  registerExport(program, dataOption);
  registerVerify(program, dataOption);
  registerBundle(program, dataOption);
  registerHub(program);
  return program;
}

/**
 * Runs the command line on `argv` (process.argv form); a failure exits 2 with one line in the
 * chosen language (a storage refusal in words, never its code).
 */
export function runCli(argv: readonly string[]): void {
  buildProgram()
    .parseAsync([...argv])
    .catch((error: unknown) => {
      cliOutput().error(`yishiting: ${describeFailure(error, localeOfArgv(argv))}`);
      process.exit(2);
    });
}

// Run directly (`node dist/main/cli.mjs`, `npm run cli`); the installed `yishiting` command
// (bin/yishiting.mjs, under any name or link) imports this bundle and calls runCli itself.
const isEntry = process.argv[1] !== undefined && /cli\.(m?js|ts)$/.test(process.argv[1]);
if (isEntry) runCli(process.argv);
