import { followupHandlers } from '../followup/handlers';
import { autoImport, type AutoImport } from '../followup/auto-import';
import { readImportChecked, writeImportChecked } from '../followup/import-checked';
import type { HandlerContext } from './handlers/context';

const idle: AutoImport = {
  changed: () => undefined,
  sweep: () => undefined,
  settled: () => Promise.resolve(),
};

/**
 * Wires the automatic import of a closed meeting's action items: every meeting change the chair
 * windows hear about is looked at, and on start the closed meetings changed since the last sweep
 * that imported everything are checked (a crash between 散会 and the import, or an import that
 * failed, loses nothing). Each import tells the open
 * boards to fetch again.
 */
export function startFollowupAutoImport(ctx: HandlerContext): AutoImport {
  const { deps, hub, meetings } = ctx;
  if (!deps.followup) return idle;
  const { repo, dataDir } = deps.followup;
  const handlers = followupHandlers({
    repo,
    dataDir,
    clock: deps.clock,
    meetingState: (meetingId) => meetings.load(meetingId),
    // Importing never changes a meeting.
    dispatchMeeting: () =>
      Promise.resolve({ ok: false, error: { code: 'api.forbidden', params: {} } }),
  });
  const auto = autoImport({
    importClosed: async (meetingId) => {
      const state = await meetings.load(meetingId);
      if (state?.meeting?.status !== 'closed') return { ok: true, value: { imported: 0 } };
      const result = await handlers['followup/importMeeting']({ meetingId });
      if (result.ok && result.value.imported > 0)
        hub.publish('followup/changed', { version: repo.state().version });
      return result;
    },
    closedSince: async (since) => {
      const list = await deps.repository.list();
      return list
        .filter((m) => m.status === 'closed' && m.updatedAt >= since)
        .map((m) => m.meetingId);
    },
    // A data folder from before the file existed: the board's last change, as was checked then.
    // A file that cannot be read: every closed meeting (importing is idempotent).
    checkedThrough: () =>
      readImportChecked(dataDir).then(
        (through) => through ?? repo.state().lastAt,
        () => 0,
      ),
    setCheckedThrough: (at) => writeImportChecked(dataDir, at),
    now: deps.clock,
  });
  hub.subscribe('chair', (channel, payload) => {
    if (channel !== 'meeting/changed') return;
    const change = payload as { meetingId: string; events: readonly { type: string }[] };
    auto.changed(
      change.meetingId,
      change.events.map((e) => e.type),
    );
  });
  auto.sweep();
  return auto;
}
