import { open } from 'node:fs/promises';
import { join } from 'node:path';

/** The file that says this data folder has had its first run (its demo was offered once). */
export const FIRST_RUN_MARKER = 'first-run-done';

/**
 * True exactly once per data folder: the first time the console asks, so the desktop app and the
 * browser version alike open a demo meeting on a first start, and never again. The marker is
 * created exclusively ('wx'), so two windows asking at once get one true between them. A folder
 * that cannot be written answers false: no demo is better than a failed start.
 */
export function firstRunOnce(dataDir: string): () => Promise<boolean> {
  return async () => {
    try {
      const handle = await open(join(dataDir, FIRST_RUN_MARKER), 'wx');
      await handle.close();
      return true;
    } catch {
      return false;
    }
  };
}
