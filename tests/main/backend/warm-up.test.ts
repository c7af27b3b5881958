import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { warmUpWhenIdle } from '../../../main/backend/warm-up';
import { segmenterReady } from '../../../main/pdf';
import { serve } from '../../../main/cli/serve';

// jieba's dictionary is built once the backend has started, not at the first export (issue 14).

describe('warming up the PDF layer after start', () => {
  it('runs the loader once, after the current work, and survives a loader that throws', async () => {
    const load = vi.fn();
    warmUpWhenIdle(load);
    expect(load).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    const broken = vi.fn(() => {
      throw new Error('no dictionary');
    });
    warmUpWhenIdle(broken);
    await vi.waitFor(() => expect(broken).toHaveBeenCalledTimes(1));
  });

  it('has the segmenter ready once `yishiting serve` has started, before any export', async () => {
    const data = mkdtempSync(join(tmpdir(), 'yishiting-warm-'));
    const started = await serve({ port: 0, host: '127.0.0.1', lanPort: 0, data });
    try {
      await vi.waitFor(() => expect(segmenterReady()).toBe(true), { timeout: 20_000 });
    } finally {
      await started.server.close();
      rmSync(data, { recursive: true, force: true });
    }
  });
});
