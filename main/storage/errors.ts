import type { Notice, NoticeCode } from './types';
import { notice } from './types';

/** The disk conditions the store waits out instead of failing: state stays in memory meanwhile. */
export type DiskProblem = 'diskFull' | 'readOnly' | 'permissionDenied' | 'io';

const DISK_CODES: Readonly<Record<string, DiskProblem>> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EROFS: 'readOnly',
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  EIO: 'io',
  EBUSY: 'io',
  EAGAIN: 'io',
  EMFILE: 'io',
  ENFILE: 'io',
};

/** The errno code of a Node fs error, or undefined for anything else. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** Classify an fs failure; undefined means it is not a condition that waiting can fix. */
export function diskProblem(error: unknown): DiskProblem | undefined {
  const code = errnoCode(error);
  return code === undefined ? undefined : DISK_CODES[code];
}

/** An error the UI can explain: it carries a catalogue code and params, never a raw path dump. */
export class StorageError extends Error {
  readonly notice: Notice;
  /** Everything the store found out on the way (e.g. what it quarantined before refusing). */
  readonly notices: readonly Notice[];

  constructor(
    code: NoticeCode,
    params: Record<string, string | number> = {},
    notices: readonly Notice[] = [],
    cause?: unknown,
  ) {
    super(`storage:${code} ${JSON.stringify(params)}`, cause === undefined ? undefined : { cause });
    this.name = 'StorageError';
    this.notice = notice(code, params);
    this.notices = notices;
  }
}

/** The catalogue code for a disk problem. */
export function diskProblemCode(problem: DiskProblem): NoticeCode {
  return `error.${problem}`;
}
