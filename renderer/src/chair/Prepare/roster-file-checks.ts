import { unzipSync } from 'fflate';
import { apiError, type ApiError } from '../../../../shared/api/errors';

// A roster file is read whole in the chair's window, so its size is checked before anything
// parses it: a large file, or a small XLSX built to unpack into gigabytes (a "zip bomb"), would
// otherwise leave the import tab stuck with no message, or take the window down.

const MB = 1024 * 1024;
/** Largest roster file read at all: 20 MB of CSV is some 300,000 rows, far beyond any roster. */
export const MAX_ROSTER_FILE_BYTES = 20 * MB;
/** Largest part of an XLSX once unpacked: a 10,000-row sheet is about 2 MB. */
export const MAX_XLSX_PART_BYTES = 50 * MB;
/** All parts of an XLSX together, once unpacked. */
export const MAX_XLSX_TOTAL_BYTES = 100 * MB;
/**
 * Spreadsheet XML packs about 5–30 to 1; deflate cannot pack better than about 1,000 to 1. A
 * part of over 1 MB packed better than this was built to expand, not saved by a spreadsheet.
 */
export const MAX_XLSX_RATIO = 200;

export type FileCheck = Readonly<{ ok: true }> | Readonly<{ ok: false; error: ApiError }>;

const megabytes = (bytes: number) => Math.ceil(bytes / MB);

/** Refuses a file too large to be a roster, before it is read. */
export function checkRosterFileSize(bytes: number): FileCheck {
  return bytes > MAX_ROSTER_FILE_BYTES
    ? {
        ok: false,
        error: apiError('rosterFile.tooLarge', {
          size: megabytes(bytes),
          limit: megabytes(MAX_ROSTER_FILE_BYTES),
        }),
      }
    : { ok: true };
}

/**
 * Reads only the zip's central directory (what each part declares as its packed and unpacked
 * size; nothing is unpacked) and refuses a workbook whose parts would unpack too large or pack
 * implausibly well. read-excel-file only sees a workbook that passed.
 */
export function checkXlsx(bytes: Uint8Array): FileCheck {
  let total = 0;
  let refusal: ApiError | null = null;
  try {
    unzipSync(bytes, {
      filter(part) {
        total += part.originalSize;
        const packedTooWell =
          part.originalSize > MB && part.originalSize > part.size * MAX_XLSX_RATIO;
        if (
          refusal === null &&
          (part.originalSize > MAX_XLSX_PART_BYTES || total > MAX_XLSX_TOTAL_BYTES || packedTooWell)
        ) {
          refusal = apiError('rosterFile.xlsxExpands', {
            part: part.name.slice(0, 80),
            size: megabytes(part.originalSize),
            limit: megabytes(MAX_XLSX_PART_BYTES),
          });
        }
        return false; // unpack nothing: the sizes are all this check needs
      },
    });
  } catch {
    return { ok: false, error: apiError('rosterFile.notXlsx') };
  }
  return refusal === null ? { ok: true } : { ok: false, error: refusal };
}
