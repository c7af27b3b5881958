// Child process of zone-export.test.ts: exports every seed meeting's documents (minutes, both
// sign-in sheets, every notice the meeting allows) through the one export path, in whatever zone
// TZ gives this process. A notice the guard rails refuse is written as its error instead, so
// refusals must agree across zones too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentInputError, type NoticeKind } from '../../../shared/documents';
import { runScript, type MeetingState } from '../../../shared/domain';
import { exportDocument, type ExportRequest } from '../../../main/documents/export';
import { SEED_NAMES, SEEDS_DIR } from '../../shared/documents/helpers';

const [outDir, dataDir] = process.argv.slice(2);
if (!outDir || !dataDir) throw new Error('usage: zone-export-child OUT_DIR DATA_DIR');
mkdirSync(outDir, { recursive: true });
const now = new Date('2026-06-01T04:00:00Z');

type Job = Readonly<{ name: string; request: ExportRequest }>;

/** A posting day `days` after the meeting's date. */
function dayAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function jobsOf(seed: string, state: MeetingState): Job[] {
  const base = { state, dataDir: dataDir ?? '', now };
  const date = state.meeting?.date ?? '';
  const jobs: Job[] = [
    {
      name: `${seed}-minutes`,
      request: { ...base, kind: 'minutes', options: { locale: 'zh-CN' } },
    },
    {
      name: `${seed}-minutes-en`,
      request: { ...base, kind: 'minutes', options: { locale: 'en', attendeeSignatures: true } },
    },
    { name: `${seed}-signin`, request: { ...base, kind: 'signin', options: { locale: 'zh-CN' } } },
    {
      name: `${seed}-signin-blank`,
      request: { ...base, kind: 'signin', options: { locale: 'zh-TW', mode: 'blank' } },
    },
  ];
  const notice = (name: string, kind: NoticeKind, target: object, postedOn: string): Job => ({
    name: `${seed}-${name}`,
    request: { ...base, kind: 'notice', options: { locale: 'zh-CN', kind, postedOn, ...target } },
  });
  for (const voteId of state.voteOrder) {
    jobs.push(notice(`resolution-${voteId}`, 'resolution', { voteId }, dayAfter(date, 1)));
  }
  for (const itemId of state.agendaOrder) {
    jobs.push(notice(`proposal-${itemId}`, 'proposal', { itemId }, dayAfter(date, -10)));
    jobs.push(notice(`implementation-${itemId}`, 'implementation', { itemId }, dayAfter(date, 60)));
  }
  return jobs;
}

for (const seed of SEED_NAMES) {
  const script: unknown = JSON.parse(readFileSync(join(SEEDS_DIR, `${seed}.json`), 'utf8'));
  const result = runScript(script);
  if (!result.ok) throw new Error(`${seed}: ${result.error.code}`);
  for (const { name, request } of jobsOf(seed, result.state)) {
    try {
      writeFileSync(join(outDir, `${name}.pdf`), await exportDocument(request));
    } catch (error) {
      if (!(error instanceof DocumentInputError)) throw error;
      writeFileSync(
        join(outDir, `${name}.refused`),
        `${error.code} ${JSON.stringify(error.params)}`,
      );
    }
  }
}
