import { visible, visibleJson } from './terminal-text';

// The one way CLI commands print. Every line may carry data (a member's name, a file name, a
// Node error message), so every line is made visible (terminal-text.ts) before it is written.

export type CliOutput = Readonly<{
  /** A line for the person, on stdout. */
  line(text: string): void;
  /** A line about what went wrong, on stderr. */
  error(text: string): void;
  /** A value as JSON on stdout (--json). */
  json(value: unknown): void;
}>;

/** Where finished lines go: one call per line (a JSON value is one multi-line call). */
export type Sinks = Readonly<{ out(line: string): void; err(line: string): void }>;

const processSinks: Sinks = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

/** An output over `sinks` (default the process's stdout and stderr); tests pass collectors. */
export function cliOutput(sinks: Sinks = processSinks): CliOutput {
  return {
    line: (text) => sinks.out(visible(text)),
    error: (text) => sinks.err(visible(text)),
    json: (value) => sinks.out(visibleJson(value)),
  };
}
