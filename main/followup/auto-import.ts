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
  /** Closed meetings changed at or after `since` (ms). */
  closedSince(since: number): Promise<readonly string[]>;
  /** When the last sweep began in which every import succeeded (persisted across starts). */
  checkedThrough(): Promise<number>;
  setCheckedThrough(at: number): Promise<void>;
  now(): number;
}>;

export type AutoImport = Readonly<{
  /** Called with every meeting change; queues an import when one of the changes calls for it. */
  changed(meetingId: string, eventTypes: readonly string[]): void;
  /** Queues the meetings a crash or a failed import may have left off the board (on start). */
  sweep(): void;
  /** Resolves when every queued import has run (before the registry closes). */
  settled(): Promise<void>;
}>;

/**
 * A closed meeting's action items reach the follow-up board by themselves, exactly once. Imports
 * run one at a time, in order, so two changes close together never import the same item twice;
 * the import itself skips items the board already tracks, so closing again, reopening the
 * meeting or restarting the app adds nothing. A failed import is tried again at the next change
 * or the next start: a start checks every closed meeting changed since the last sweep that
 * imported all it found, so a meeting whose import failed stays a candidate until one succeeds.
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
        // Meetings changed from here on are imported at their change; a failure among them has
        // a later time than this and is found by the next start's sweep.
        const started = deps.now();
        let all = true;
        for (const meetingId of await deps.closedSince(await deps.checkedThrough())) {
          const result = await deps.importClosed(meetingId).catch(() => null);
          if (!result?.ok) all = false;
        }
        if (all) await deps.setCheckedThrough(started);
      });
    },
    settled: () => chain,
  };
}
