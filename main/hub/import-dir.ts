import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HubDb } from './db/pool';
import { describeHubRefusal, ingestBundle } from './ingest/ingest';
import { BUNDLE_LIMIT } from './server/limits';
import type { HubLocale } from './server/locale';
import { serverWords } from './server/words';

// `yishiting hub import DIR`: bundles carried on a USB stick from a community with no network to
// the hub. Each *.zip goes through the same ingest as over HTTP, except that no token says who
// sent it: its certificate must be an enrolled community's (ingest's 'folder' source).

export type ImportLine = Readonly<{ file: string; ok: boolean; text: string }>;

export type ImportSummary = Readonly<{ lines: readonly ImportLine[]; allAccepted: boolean }>;

/** Bundle files of `dir` in name order (numbers in names counted as numbers: 2 before 10). */
export async function bundleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.zip$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort(new Intl.Collator('en', { numeric: true }).compare);
}

/**
 * Imports every bundle of `dir`, one line per file as it goes (`report`). All accepted or already
 * there (replayed) is a success; any refusal or unreadable file is not.
 */
export async function importDir(
  db: HubDb,
  dir: string,
  locale: HubLocale,
  report: (line: ImportLine) => void,
): Promise<ImportSummary> {
  const t = serverWords(locale);
  const lines: ImportLine[] = [];
  for (const file of await bundleFiles(dir)) {
    const line = await importOne(db, join(dir, file), file, locale);
    lines.push(line);
    report(line);
  }
  const counts = {
    total: lines.length,
    failed: lines.filter((line) => !line.ok).length,
  };
  report({
    file: '',
    ok: counts.failed === 0,
    text: counts.total === 0 ? t('cli.import.none', { dir }) : t('cli.import.summary', counts),
  });
  return { lines, allAccepted: counts.failed === 0 };
}

async function importOne(
  db: HubDb,
  path: string,
  file: string,
  locale: HubLocale,
): Promise<ImportLine> {
  const t = serverWords(locale);
  let bytes: Buffer;
  try {
    // A file past the HTTP limit is refused unread, as the server would refuse it.
    if ((await stat(path)).size > BUNDLE_LIMIT) {
      const reason = t('tooLarge', { megabytes: BUNDLE_LIMIT / (1024 * 1024) });
      return { file, ok: false, text: t('cli.import.refused', { file, reason }) };
    }
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file, ok: false, text: t('cli.import.unreadable', { file, reason }) };
  }
  const result = await ingestBundle(db, bytes, { via: 'folder', communityId: null, actor: 'cli' });
  if (result.ok) {
    const missing =
      result.missing.length === 0
        ? ''
        : t('cli.import.gaps', { missing: result.missing.join(', ') });
    const text = t('cli.import.accepted', {
      file,
      community: result.communityId,
      sequence: result.sequence,
    });
    return { file, ok: true, text: text + missing };
  }
  if (result.code === 'replayed')
    return { file, ok: true, text: t('cli.import.replayed', { file }) };
  const reason = describeHubRefusal(result.code, result.params, locale);
  return { file, ok: false, text: t('cli.import.refused', { file, reason }) };
}
