import path from 'node:path';

/**
 * The data folder:
 *   index.json                      meeting list (a cache; rebuilt from meetings/ if lost)
 *   meetings/<id>.json              meeting document (lowdb): events + snapshot
 *   meetings/<id>.journal           events since the document was last written; exists while open
 *   meetings/<id>.count             how many events were confirmed, as last noted (a floor)
 *   backups/<id>/<stamp>-….json     rolling copies of the document (open, close, every N events)
 *   quarantine/<stamp>-<file>       files the restore gate refused; never deleted by the app
 *   exports/<id>/*.pdf              PDFs produced for the meeting (travel in archives)
 *   lock                            pid of the process that owns the folder
 */
export type Layout = {
  readonly root: string;
  readonly meetings: string;
  readonly backups: string;
  readonly quarantine: string;
  readonly exports: string;
  readonly index: string;
  readonly lock: string;
};

export function layoutOf(root: string): Layout {
  const abs = path.resolve(root);
  return {
    root: abs,
    meetings: path.join(abs, 'meetings'),
    backups: path.join(abs, 'backups'),
    quarantine: path.join(abs, 'quarantine'),
    exports: path.join(abs, 'exports'),
    index: path.join(abs, 'index.json'),
    lock: path.join(abs, 'lock'),
  };
}

export const documentFile = (layout: Layout, id: string): string =>
  path.join(layout.meetings, `${id}.json`);
export const journalFile = (layout: Layout, id: string): string =>
  path.join(layout.meetings, `${id}.journal`);
export const countFile = (layout: Layout, id: string): string =>
  path.join(layout.meetings, `${id}.count`);
export const backupDir = (layout: Layout, id: string): string => path.join(layout.backups, id);
export const pdfDir = (layout: Layout, id: string): string => path.join(layout.exports, id);

let counter = 0;
/** A sortable, file-name-safe, unique-enough stamp: UTC time to the millisecond plus a counter. */
export function stamp(): string {
  counter = (counter + 1) % 10_000;
  return `${new Date().toISOString().replace(/[-:.]/g, '')}-${String(counter).padStart(4, '0')}`;
}
