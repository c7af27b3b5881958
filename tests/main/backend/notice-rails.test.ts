import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { documentExporter } from '../../../main/backend/documents';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import type { ApiError } from '../../../shared/api';
import { translator } from '../../../shared/i18n';
import { describeError } from '../../../shared/i18n/describe-error';
import { tempDir } from '../storage/helpers';

// The console's export goes through the backend: a notice the guard rails refuse comes back as
// a typed error the console puts into words, and no file is made.

let backend: Backend;
beforeAll(async () => {
  const dataDir = tempDir('yst-notice-rails-');
  backend = createBackend({
    repository: await openRepository(dataDir, { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_800_000_000_000,
    newId: () => 'm1',
    documents: documentExporter(dataDir),
  });
}, 60_000);
afterAll(() => backend.close());

describe('documents/export of a notice', () => {
  it('refuses one the guard rails refuse, with words for the chair', async () => {
    const opened = await backend.handle('chair', 'meetings/openDemo', { seedId: 'village-quorum' });
    const meetingId = (opened as { value: { meetingId: string } }).value.meetingId;
    const base = { meetingId, locale: 'zh-CN', kind: 'notice' } as const;
    const early = await backend.handle('chair', 'documents/export', {
      ...base,
      voteId: 'v2',
      postedOn: '2026-03-03',
    });
    expect(early.ok).toBe(false);
    const error = (early as { error: ApiError }).error;
    expect(error.code).toBe('export.postedBeforeMeeting');
    expect(describeError(translator('zh-CN'), error)).toBe(
      '张贴日期2026年3月3日早于会议日期2026年3月20日：会议作出决定之前，不能公示表决结果或实施情况',
    );
    const superseded = await backend.handle('chair', 'documents/export', {
      ...base,
      voteId: 'v1',
      postedOn: '2026-03-21',
    });
    expect((superseded as { error: ApiError }).error.code).toBe('export.supersededByRevote');
    const made = await backend.handle('chair', 'documents/export', {
      ...base,
      voteId: 'v2',
      postedOn: '2026-03-21',
    });
    expect(made.ok).toBe(true);
  });
});
