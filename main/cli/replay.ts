import { randomUUID } from 'node:crypto';
import type { Command, Option } from 'commander';
import {
  invalidReasonWords,
  runScript,
  summarize,
  type MeetingSummaryData,
} from '../../shared/domain';
import { describeCheck, presetById, describeRule } from '../../shared/domain/rules';
import { describeError } from '../../shared/i18n/describe-error';
import { translator, type Locale } from '../../shared/i18n';
import { summaryOf } from '../backend/summary';
import { openRepository } from '../backend/storage-repository';
import { resolveDataDir } from '../storage/data-dir';
import { readScriptFile } from './read-script';
import { localeOption, type LocaleOptions } from './locale';
import { cliOutput, type CliOutput } from './output';

type ReplayOptions = LocaleOptions & Readonly<{ data?: string; json?: boolean; dryRun?: boolean }>;

function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function percent(permille: number): string {
  return `${(permille / 10).toFixed(1)}%`;
}

/** yes/no/abstain and the satisfaction answers have words; a choice option is shown by its id. */
function countLabel(t: (key: string) => string, key: string): string {
  for (const candidate of [`domain:ballot.${key}`, `domain:satisfaction.${key}`]) {
    const text = t(candidate);
    if (text !== candidate && !text.endsWith(key)) return text;
  }
  return key;
}

/** The summary as a person reads it, in the chosen language, one entry per line. */
export function describeSummary(summary: MeetingSummaryData, locale: Locale): readonly string[] {
  const t = translator(locale);
  const lines: string[] = [];
  const a = summary.attendance;
  lines.push(`${summary.title} (${summary.date})`);
  lines.push(
    `${t('domain:attendance.expected')} ${a.expected} · ${t('domain:attendance.present')} ${a.present} · ${t('domain:attendance.excused')} ${a.excused} · ${t('domain:attendance.absent')} ${a.absent} · ${t('domain:attendance.observers')} ${a.observersPresent}`,
  );
  for (const [index, vote] of summary.votes.entries()) {
    const preset = presetById(vote.presetId);
    const counts = Object.entries(vote.counts ?? {})
      .map(([key, tally]) => `${countLabel(t, key)} ${tally.heads}`)
      .join(' / ');
    const result = vote.result
      ? t(`domain:voteResult.${vote.result}`)
      : t(`domain:voteStatus.${vote.status}`);
    lines.push(
      `${index + 1}. ${vote.question} [${t(`domain:voteMethod.${vote.method}`)}] ${counts}`,
    );
    if (preset) lines.push(`   ${describeRule(preset, locale)}`);
    for (const check of [...vote.quorum, ...vote.pass]) {
      lines.push(`   ${describeCheck(check, locale)} ${check.met ? '✓' : '✗'}`);
    }
    lines.push(`   → ${result}${vote.invalidReason ? ` (${invalidReasonWords(t, vote)})` : ''}`);
  }
  for (const speech of summary.speeches) {
    lines.push(
      `   ${speech.name} ${clock(speech.durationMs)}${speech.overrunMs > 0 ? ` (+${clock(speech.overrunMs)})` : ''}`,
    );
  }
  const groups = Object.entries(summary.voice.byGroup)
    .map(([group, share]) => `${t(`domain:voiceGroup.${group}`)} ${percent(share.permille)}`)
    .join(' · ');
  if (summary.voice.speeches > 0) lines.push(groups);
  return lines;
}

/**
 * `yishiting replay SCRIPT.json`: runs a meeting script through the core. A script with an
 * invalid command stops at that command with its typed error and stores nothing.
 */
export async function replay(
  file: string,
  options: ReplayOptions,
  output: CliOutput = cliOutput(),
): Promise<number> {
  const t = translator(options.lang);
  const read = await readScriptFile(file, t);
  if (!read.ok) {
    output.error(read.message);
    return 2;
  }
  const script = read.script;
  const meetingId = randomUUID();
  const outcome = runScript(script, meetingId);
  if (!outcome.ok) {
    const reason = describeError((key, params) => t(key, params), outcome.error);
    output.error(
      outcome.index < 0
        ? t('ui:cli.scriptInvalid', { reason })
        : t('ui:cli.commandInvalid', { index: outcome.index, reason }),
    );
    if (options.json) output.json({ ok: false, index: outcome.index, error: outcome.error });
    return 1;
  }
  if (!options.dryRun) {
    const repository = await openRepository(resolveDataDir({ flag: options.data }));
    try {
      await repository.create(
        meetingId,
        outcome.events,
        summaryOf(meetingId, outcome.state, Date.now()),
      );
    } finally {
      await repository.close();
    }
  }
  const summary = summarize(outcome.state);
  if (options.json) {
    output.json({ ok: true, meetingId, stored: !options.dryRun, summary });
  } else {
    output.line(
      options.dryRun ? t('ui:cli.dryRun', { meetingId }) : t('ui:cli.stored', { meetingId }),
    );
    for (const line of describeSummary(summary, options.lang)) output.line(line);
  }
  return 0;
}

export function registerReplay(program: Command, dataOption: () => Option): void {
  program
    .command('replay')
    .description('replay a meeting script (JSON) into the data folder and print its summary')
    .argument('<script>', 'meeting script file (see seeds/README.md)')
    .addOption(dataOption())
    .addOption(localeOption())
    .option('--json', 'print the summary as JSON')
    .option('--dry-run', 'check and summarise without storing anything')
    .action(async (script: string, options: ReplayOptions) => {
      process.exitCode = await replay(script, options);
    });
}
