import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../hub-link/json-file';

/**
 * When the automatic import last found every closed meeting on the board: the start of the last
 * sweep in which each import succeeded. The next start checks the closed meetings changed since.
 * Kept apart from the board, whose own last change (a chair's edit, a 督办 sync) says nothing about
 * whether a meeting's import failed before it.
 */
export const IMPORT_CHECKED_FILE = 'followup-import-checked.json';

const checkedSchema = z.object({ through: z.number().int().nonnegative() });

/** The time stored, or null when none is (never swept, or the file was damaged and set aside). */
export async function readImportChecked(dataDir: string): Promise<number | null> {
  const { value } = await readJsonFile(dataDir, IMPORT_CHECKED_FILE, checkedSchema);
  return value?.through ?? null;
}

export function writeImportChecked(dataDir: string, through: number): Promise<void> {
  return writeJsonFile(dataDir, IMPORT_CHECKED_FILE, checkedSchema, { through });
}
