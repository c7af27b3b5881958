import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../main/backend/backend';
import { documentExporter } from '../../main/backend/documents';
import { openRepository } from '../../main/backend/storage-repository';
import { seedCatalogue } from '../../main/backend/seeds';
import { summaryOf } from '../../main/backend/summary';
import { appPaths } from '../../main/paths';
import { apply, emptyState, toProjectorView } from '../../shared/domain';
import { generateMeeting } from './generate-meeting';

// The WebSocket frame limits in shared/api/wire.ts come from these numbers: the largest request a
// real chair sends (an archive of the biggest meeting we generate, with every PDF the console can
// export for it, sent back as an import) and the largest projector view pushed during it.
// Run: npx tsx tests/bench/frame-sizes.ts

const frameBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-frames-'));
  try {
    const meeting = generateMeeting();
    const repository = await openRepository(dir);
    await repository.create('big', meeting.events, summaryOf('big', meeting.state, meeting.end));
    const backend = createBackend({
      repository,
      seeds: seedCatalogue(appPaths().seedsDir),
      clock: () => meeting.end,
      newId: () => 'x',
      documents: documentExporter(dir),
    });
    // A notice names one vote; the roll calls list every member, so find the largest one first.
    let noticeVote = '';
    let noticeBytes = 0;
    for (const voteId of meeting.state.voteOrder) {
      const result = await backend.handle('chair', 'documents/export', {
        meetingId: 'big',
        kind: 'notice',
        locale: 'zh-CN',
        voteId,
      });
      const size = result.ok ? (result.value as { base64: string }).base64.length : 0;
      if (size > noticeBytes) [noticeVote, noticeBytes] = [voteId, size];
    }
    let largestPdf = 0;
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      for (const kind of ['minutes', 'notice', 'signin'] as const) {
        const extra =
          kind === 'minutes'
            ? { attendeeSignatures: true }
            : kind === 'notice'
              ? { voteId: noticeVote }
              : {};
        const result = await backend.handle('chair', 'documents/export', {
          meetingId: 'big',
          kind,
          locale,
          ...extra,
        });
        if (!result.ok) throw new Error(`${kind} ${locale}: ${JSON.stringify(result.error)}`);
        const { base64 } = result.value as { base64: string };
        largestPdf = Math.max(largestPdf, Buffer.from(base64, 'base64').length);
      }
    }
    const archive = await backend.handle('chair', 'meetings/exportArchive', { meetingId: 'big' });
    if (!archive.ok) throw new Error(JSON.stringify(archive.error));
    const { base64 } = archive.value as { base64: string };
    const importFrame = frameBytes({
      id: 1,
      channel: 'meetings/importArchive',
      request: { base64, onExists: 'copy' },
    });
    const verifyFrame = frameBytes({
      id: 1,
      channel: 'documents/verify',
      request: { base64: 'A'.repeat(Math.ceil(largestPdf / 3) * 4) },
    });

    let state = emptyState('big');
    let largestView = 0;
    for (const event of meeting.events) {
      state = apply(state, event);
      largestView = Math.max(
        largestView,
        frameBytes({
          kind: 'push',
          channel: 'projector/view',
          payload: { view: toProjectorView(state), serverTime: meeting.end, control: {} },
        }),
      );
    }
    await backend.close();
    console.table({
      'archive (zip bytes)': Buffer.from(base64, 'base64').length,
      'meetings/importArchive frame': importFrame,
      'largest signed PDF': largestPdf,
      'documents/verify frame': verifyFrame,
      'largest projector/view push': largestView,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
