import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { connectChair, prepareMeeting } from './chair-client';
import { startServer } from './server';

test('a damaged meeting file is set aside, restored from its backup, and the chair is told so', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yishiting-recovery-'));
  try {
    const first = await startServer([], dataDir);
    const chair = await connectChair(first.url);
    const meetingId = await prepareMeeting(chair, '断电恢复演示会');
    await chair.dispatch(meetingId, { type: 'display/setMessage', text: '恢复后仍应看到这条公告' });
    chair.close();
    await first.stop(); // a clean stop: the store saves, compacts and takes its closing backup

    // Damage the meeting document as a failing disk might: cut it in half.
    const file = join(dataDir, 'meetings', `${meetingId}.json`);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));

    const second = await startServer([], dataDir);
    try {
      await page.goto(`${second.url}/#meeting=${meetingId}`);
      const notices = page.getByTestId('recovery-notices');
      await expect(notices).toBeVisible();
      await expect(notices).toContainText('已从备份');
      await expect(notices).toContainText('隔离区');
      // Nothing was lost: the announcement made before the damage is still there.
      const again = await connectChair(second.url);
      const opened = await again.call('meeting/open', { meetingId });
      expect(JSON.stringify(opened.value)).toContain('恢复后仍应看到这条公告');
      again.close();
      // The damaged file was kept, not deleted.
      expect(readdirSync(join(dataDir, 'quarantine'), { recursive: true }).length).toBeGreaterThan(
        0,
      );
      await page.getByRole('button', { name: '知道了' }).click();
      await expect(notices).toHaveCount(0);
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
