import { Command, Option } from 'commander';
import { registerExport } from './export';
import { registerReplay } from './replay';
import { registerServe } from './serve';
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
    .configureOutput({ outputError: (text, write) => write(text) });
  const dataOption = () =>
    new Option(
      '--data <dir>',
      'data folder (default: YISHITING_DATA, else the per-user app folder)',
    );
  registerServe(program, dataOption);
  registerReplay(program, dataOption);
  registerExport(program, dataOption);
  registerVerify(program, dataOption);
  return program;
}

const isEntry = process.argv[1] !== undefined && /cli\.(m?js|ts)$/.test(process.argv[1]);
if (isEntry) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      console.error(`yishiting: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    });
}
