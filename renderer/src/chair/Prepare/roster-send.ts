import type { ApiError } from '../../../../shared/api/errors';
import { MAX_IMPORT_MEMBERS } from '../../../../shared/domain';
import type { MemberRow, ParsedRow } from './roster-parse';

/** What sending a roster came to: how many are in, and the first refused batch if one was. */
export type SendOutcome = Readonly<{
  done: number;
  /** The file line of the first row not imported, and why, when a batch was refused. */
  refused: Readonly<{ line: number; error: ApiError }> | null;
}>;

type Dispatch = (
  members: MemberRow[],
) => Promise<Readonly<{ ok: true }> | Readonly<{ ok: false; error: ApiError }>>;

/**
 * Sends the rows as 'roster/importMembers' commands of at most MAX_IMPORT_MEMBERS each, in order,
 * reporting progress after each. A roster that fits one command is one undo step; a larger one is
 * one step per batch. The core takes a batch whole or not at all, so on a refusal the rows before
 * it are in, the rest are not, and sending stops there: the chair sees exactly where it stopped.
 */
export async function sendRoster(
  rows: readonly ParsedRow[],
  dispatch: Dispatch,
  onProgress: (done: number) => void,
): Promise<SendOutcome> {
  const ready = rows.filter((row) => row.member !== null);
  let done = 0;
  for (let start = 0; start < ready.length; start += MAX_IMPORT_MEMBERS) {
    const batch = ready.slice(start, start + MAX_IMPORT_MEMBERS);
    const result = await dispatch(batch.flatMap((row) => (row.member ? [row.member] : [])));
    if (!result.ok) {
      return {
        done,
        refused: { line: batch[0]?.line ?? 0, error: inFileLines(result.error, batch) },
      };
    }
    done += batch.length;
    onProgress(done);
  }
  return { done, refused: null };
}

/** The core names a refused row by its place in the batch; the chair knows the file's line. */
function inFileLines(error: ApiError, batch: readonly ParsedRow[]): ApiError {
  const row = error.params.row;
  const line = typeof row === 'number' ? batch[row - 1]?.line : undefined;
  return line === undefined ? error : { ...error, params: { ...error.params, row: line } };
}
