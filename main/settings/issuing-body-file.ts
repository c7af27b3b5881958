import path from 'node:path';
import { z } from 'zod';
import type { IssuingSettings } from '../../shared/api';
import { EMPTY_ISSUING_BODY, issuingBodySchema, type IssuingBody } from '../../shared/documents';
import { errnoCode } from '../storage/errors';
import { writeFileAtomic } from '../storage/atomic-file';
import { nodeFs, notRegularFile, type StorageFs } from '../storage/fs-layer';
import { layoutOf } from '../storage/layout';
import { quarantine } from '../storage/quarantine';
import { safeJsonParse } from '../storage/safe-json';

// The issuing body's settings, kept beside the meetings in DATA/settings.json (0600, replaced
// atomically). A missing file is a first run: defaults. A file that cannot be read (broken JSON,
// a field out of range, a folder in its place) is moved to quarantine/ where it can still be
// looked at, and defaults are used with a notice saying so: settings never stop a start or an
// export.

export const SETTINGS_FILE = 'settings.json';

/** The file's shape; `version` lets a later release migrate it. */
const storedSchema = z.strictObject({
  version: z.literal(1),
  issuingBody: issuingBodySchema,
});

const SMALL_JSON = { maxBytes: 256 * 1024, maxDepth: 8, maxStringLength: 4096 };

type Loaded = IssuingSettings;

function settingsPath(dataDir: string): string {
  return path.join(dataDir, SETTINGS_FILE);
}

/** Reads the settings; `setAside` moves a damaged file to quarantine/ (default: leave it). */
export async function readIssuingSettings(
  dataDir: string,
  options: Readonly<{ fs?: StorageFs; setAside?: boolean }> = {},
): Promise<Loaded> {
  const fs = options.fs ?? nodeFs;
  const file = settingsPath(dataDir);
  let text: string;
  try {
    text = (await fs.readFile(file)).toString('utf8');
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT')
      return { issuingBody: EMPTY_ISSUING_BODY, notice: { kind: 'missing', keptAs: null } };
    if (!notRegularFile(code)) throw error;
    text = '';
  }
  const parsed = safeJsonParse(text, SMALL_JSON, SETTINGS_FILE);
  const stored = parsed.ok ? storedSchema.safeParse(parsed.value) : null;
  if (stored?.success) return { issuingBody: stored.data.issuingBody, notice: null };
  let keptAs: string | null = null;
  if (options.setAside) {
    const moved = await quarantine(fs, layoutOf(dataDir), file).catch(() => null);
    keptAs = moved ? String(moved.params?.folder ?? '') || null : null;
  }
  return { issuingBody: EMPTY_ISSUING_BODY, notice: { kind: 'corrupt', keptAs } };
}

/** Replaces the settings file atomically (temporary file, fsync, rename). */
export async function writeIssuingBody(
  dataDir: string,
  issuingBody: IssuingBody,
  fs: StorageFs = nodeFs,
): Promise<void> {
  const checked = issuingBodySchema.parse(issuingBody);
  await fs.mkdir(dataDir);
  const text = `${JSON.stringify({ version: 1, issuingBody: checked }, null, 2)}\n`;
  await writeFileAtomic(fs, settingsPath(dataDir), text);
}

/** The issuing body to print with: the saved one, or nothing set when there is none. */
export async function issuingBodyOf(dataDir: string): Promise<IssuingBody> {
  return (await readIssuingSettings(dataDir).catch(() => null))?.issuingBody ?? EMPTY_ISSUING_BODY;
}

export type SettingsService = Readonly<{
  get(): Promise<Loaded>;
  save(issuingBody: IssuingBody): Promise<Loaded>;
}>;

/**
 * Settings as the backend serves them: writes one at a time (one temporary name per file), and a
 * damaged file's notice kept until the next save, so the chair sees it whenever settings open.
 */
export function settingsService(dataDir: string, fs: StorageFs = nodeFs): SettingsService {
  let queue: Promise<unknown> = Promise.resolve();
  let damaged: Loaded['notice'] = null;
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    get: () =>
      serial(async () => {
        const loaded = await readIssuingSettings(dataDir, { fs, setAside: true });
        if (loaded.notice?.kind === 'corrupt') damaged = loaded.notice;
        return loaded.notice?.kind === 'missing' && damaged
          ? { ...loaded, notice: damaged }
          : loaded;
      }),
    save: (issuingBody) =>
      serial(async () => {
        await writeIssuingBody(dataDir, issuingBody, fs);
        damaged = null;
        return { issuingBody: issuingBodySchema.parse(issuingBody), notice: null };
      }),
  };
}
