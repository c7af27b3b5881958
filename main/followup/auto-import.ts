import type { Result } from '../../shared/api';
import type { EventType } from '../../shared/domain';

/** Changes after which a closed meeting may have action items the board has not seen. */
const TRIGGERS: ReadonlySet<string> = new Set<EventType>([
  'meeting/closed',
  'action/added',
  'action/updated',
]);

export type AutoImportDeps = Readonly<{
  /** Tracks the meeting's action items on the board if it is closed (idempotent: known ones are skipped). */
  importClosed(meetingId: string): Promise<Result<{ imported: number }>>;
  /** Meetings that may have missed their import: closed, and changed since the board last changed. */
  candidates(): Promise<readonly string[]>;
}>;

export type AutoImport = Readonly<{
  /** Called with every meeting change; queues an import when one of the changes calls for it. */
  changed(meetingId: string, eventTypes: readonly string[]): void;
  /** Queues the meetings a crash may have left unimported (on start). */
  sweep(): void;
  /** Resolves when every queued import has run (before the registry closes). */
  settled(): Promise<void>;
}>;

/**
 * A closed meeting's action items reach the follow-up board by themselves, exactly once. Imports
 * run one at a time, in order, so two changes close together never import the same item twice;
 * the import itself skips items the board already tracks, so closing again, reopening the
 * meeting or restarting the app adds nothing. A failed import is tried again at the next change
 * or the next start.
 */
export function autoImport(deps: AutoImportDeps): AutoImport {
  let chain: Promise<void> = Promise.resolve();
  const queue = (work: () => Promise<unknown>) => {
    chain = chain.then(work).then(
      () => undefined,
      () => undefined,
    );
  };
  return {
    changed(meetingId, eventTypes) {
      if (eventTypes.some((type) => TRIGGERS.has(type))) queue(() => deps.importClosed(meetingId));
    },
    sweep() {
      queue(async () => {
        for (const meetingId of await deps.candidates()) await deps.importClosed(meetingId);
      });
    },
    settled: () => chain,
  };
}
