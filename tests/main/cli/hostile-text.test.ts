import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOutput } from '../../../main/cli/output';
import { visible, visibleJson } from '../../../main/cli/terminal-text';
import { builtCli } from './built-cli';

// Names, titles and file names are data: whatever they hold must reach a terminal as visible
// text, never as a control sequence (clear screen, window title, colours, bidi reordering).

const CLEAR = '\x1b[2J';
const OSC_TITLE = '\x1b]0;title\x07';
const C1_CSI = '\x9b';
const RLO = '\u202e';
const HOSTILE = `${CLEAR}${OSC_TITLE}${C1_CSI}31m${RLO}all votes passed`;

/** Any character a terminal would act on instead of showing; the line break between lines is ours. */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function expectNoRawControl(text: string, where: string): void {
  const hit = RAW_CONTROL.exec(text);
  expect(
    hit && `U+${hit[0].codePointAt(0)?.toString(16).padStart(4, '0')} at ${hit.index}`,
    where,
  ).toBeNull();
}

function expectEscapedFormsVisible(text: string): void {
  expect(text).toContain('\\x1b[2J');
  expect(text).toContain('\\x1b]0;title\\x07');
  expect(text).toContain('\\x9b31m');
  expect(text).toContain('\\u202E');
}

const { work, cli } = builtCli('yishiting-hostile-');

describe('text from data on the terminal', () => {
  it('shows every control, C1 and bidi character as a visible escape', () => {
    const shown = visible(HOSTILE);
    expectNoRawControl(shown, 'visible()');
    expectEscapedFormsVisible(shown);
    expect(visible('line\nbreak\ttab\u0000\u007f\u2066')).toBe(
      'line\\nbreak\\ttab\\x00\\x7f\\u2066',
    );
    expect(visible('议事厅 Yishiting — ✓ 100%')).toBe('议事厅 Yishiting — ✓ 100%');
  });

  it('keeps JSON output parseable and free of raw C1 and bidi characters', () => {
    const text = visibleJson({ name: HOSTILE });
    expectNoRawControl(text.replace(/\n/g, ''), 'visibleJson()');
    expect((JSON.parse(text) as { name: string }).name).toBe(HOSTILE);
  });

  it('escapes every line a command prints, on stdout, on stderr and as JSON', () => {
    const written = { out: [] as string[], err: [] as string[] };
    const output = cliOutput({
      out: (line) => written.out.push(line),
      err: (line) => written.err.push(line),
    });
    output.line(`1. ${HOSTILE} → passed`);
    output.error(`cannot read “${HOSTILE}”`);
    output.json({ title: HOSTILE });
    const [line, json] = written.out;
    expectNoRawControl(line ?? '', 'stdout');
    expectNoRawControl((json ?? '').replace(/\n/g, ''), 'JSON on stdout');
    expectNoRawControl(written.err.join(''), 'stderr');
    expectEscapedFormsVisible(line ?? '');
    expectEscapedFormsVisible(written.err.join(''));
    expect((JSON.parse(json ?? '') as { title: string }).title).toBe(HOSTILE);
  });

  it('replay never sends a raw control character to the terminal, human or JSON', () => {
    const script = JSON.parse(readFileSync('seeds/village-quorum.json', 'utf8')) as {
      meeting: { title: string };
      roster: Array<{ name: string }>;
      commands: Array<Record<string, unknown>>;
    };
    script.meeting.title = `村民会议${HOSTILE}`;
    for (const member of script.roster) member.name = `${member.name}${HOSTILE}`;
    for (const command of script.commands) {
      if (typeof command.title === 'string') command.title = `${command.title}${HOSTILE}`;
      if (typeof command.question === 'string') command.question = `${command.question}${HOSTILE}`;
    }
    const file = join(work, 'hostile.json');
    writeFileSync(file, JSON.stringify(script));
    for (const args of [[], ['--json'], ['--lang', 'en']]) {
      const run = cli('replay', file, '--dry-run', ...args);
      expectNoRawControl(run.stdout, `stdout of replay ${args.join(' ')}`);
      expectNoRawControl(run.stderr, `stderr of replay ${args.join(' ')}`);
      expect(run.stdout + run.stderr).not.toBe('');
    }
  });

  it('escapes a file name that carries escapes when it echoes it in an error', () => {
    const file = join(work, `${HOSTILE}.json`);
    writeFileSync(file, '{ not json');
    const replay = cli('replay', file, '--dry-run');
    expect(replay.status).toBe(2);
    expectNoRawControl(replay.stderr, 'stderr of replay');
    expectEscapedFormsVisible(replay.stderr);

    const verify = cli('verify', join(work, `${HOSTILE}.pdf`), '--data', work);
    expect(verify.status).toBe(2);
    expectNoRawControl(verify.stdout + verify.stderr, 'output of verify');
    expectEscapedFormsVisible(verify.stdout);

    const exported = cli('export', 'minutes', file, '--out', join(work, 'm.pdf'), '--data', work);
    expect(exported.status).toBe(2);
    expectNoRawControl(exported.stdout + exported.stderr, 'output of export');
    expectEscapedFormsVisible(exported.stderr);
  });

  it('escapes the content of a broken script that the parser quotes in its error', () => {
    const file = join(work, 'broken.json');
    // Node quotes the first few characters of what it could not parse.
    writeFileSync(file, `x${RLO}${CLEAR}`);
    for (const args of [
      ['replay', file, '--dry-run'],
      ['export', 'minutes', file, '--out', join(work, 'b.pdf')],
    ]) {
      const run = cli(...args, '--data', work);
      expect(run.status).toBe(2);
      expectNoRawControl(run.stdout + run.stderr, `output of ${args[0] ?? ''}`);
      expect(run.stderr).toContain('x\\u202E\\x1b[2J');
    }
  });

  it('escapes an unknown argument that commander echoes', () => {
    const run = cli('replay', '--lang', HOSTILE, 'x.json');
    expect(run.status).not.toBe(0);
    expectNoRawControl(run.stdout + run.stderr, 'output of commander');
    expectEscapedFormsVisible(run.stderr);
  });
});
