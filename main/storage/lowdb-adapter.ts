import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-file';
import { errnoCode } from './errors';
import type { StorageFs } from './fs-layer';

/**
 * lowdb adapter for documents that must survive a power cut. lowdb's own JSONFile (steno)
 * renames a temporary file but never fsyncs, and pretty-prints (slow for large documents).
 * This one writes compact JSON atomically with fsyncs, and reads through a caller-supplied gate
 * so that nothing from disk reaches the app unchecked. `read()` yields null for a missing file.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  /** The exact text of the last successful write, reused for backups without serializing twice. */
  lastWritten: string | undefined;

  constructor(
    private readonly fs: StorageFs,
    readonly file: string,
    private readonly gate: (text: string) => T,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.file);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
    return this.gate(bytes.toString('utf8'));
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    await writeFileAtomic(this.fs, this.file, text);
    this.lastWritten = text;
  }
}
