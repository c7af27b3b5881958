import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { organisationP12 } from '../main/signing/helpers';
import { connectChair } from './chair-client';
import { expect, test } from './fixtures';
import { startServer } from './server';

// Issue 12: in the browser version no OS keychain holds the organisation's key, so the chair
// chooses a passphrase at import; after a restart signing is locked until it is typed again.

const PASSWORD = ' 口令 pass ';
const PASSPHRASE = '会议室 chair passphrase';

async function exportNotice(url: string) {
  const chair = await connectChair(url);
  try {
    const opened = await chair.call('meetings/openDemo', { seedId: 'courtyard-repairs' });
    const meetingId = (opened.value as { meetingId: string }).meetingId;
    return await chair.call('documents/export', { meetingId, kind: 'signin', locale: 'zh-CN' });
  } finally {
    chair.close();
  }
}

test('an imported certificate is locked after a restart until the passphrase is typed in settings', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yishiting-e2e-lock-'));
  const org = organisationP12('幸福里街道办事处', PASSWORD);
  try {
    const first = await startServer([], dataDir);
    try {
      await page.goto(`${first.url}/`);
      await page.getByRole('button', { name: '设置与验证' }).click();
      const dialog = page.getByRole('dialog', { name: '设置与文件验证' });
      await dialog.getByLabel('证书文件（.p12 / .pfx）').setInputFiles({
        name: 'org.p12',
        mimeType: 'application/x-pkcs12',
        buffer: org.p12,
      });
      await dialog.getByLabel('证书密码').fill(PASSWORD);
      await dialog.getByLabel(/^保护口令/).fill(PASSPHRASE);
      await dialog.getByRole('button', { name: '导入', exact: true }).click();
      await expect(dialog.getByTestId('key-protection')).toContainText('口令');
      await expect(dialog.getByText('幸福里街道办事处')).toBeVisible();
      expect((await exportNotice(first.url)).ok).toBe(true);
    } finally {
      await first.stop();
    }

    const second = await startServer([], dataDir);
    try {
      const refused = await exportNotice(second.url);
      expect(refused).toMatchObject({ ok: false, error: { code: 'signing.locked' } });
      await page.goto(`${second.url}/`);
      await page.getByRole('button', { name: '设置与验证' }).click();
      const dialog = page.getByRole('dialog', { name: '设置与文件验证' });
      const locked = dialog.getByTestId('signing-locked');
      await expect(locked).toContainText('签名已锁定');
      await dialog.screenshot({ path: 'test-results/e2e/signing-locked.png' });

      await locked.getByLabel('口令').fill('not the passphrase');
      await locked.getByRole('button', { name: '解锁' }).click();
      await expect(dialog.getByRole('alert')).toContainText('口令不正确');
      await expect(locked).toBeVisible();

      await locked.getByLabel('口令').fill(PASSPHRASE);
      await locked.getByRole('button', { name: '解锁' }).click();
      await expect(locked).toBeHidden();
      await expect(dialog.getByTestId('key-protection')).toContainText('口令');
      await dialog.screenshot({ path: 'test-results/e2e/signing-unlocked.png' });
      expect((await exportNotice(second.url)).ok).toBe(true);
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
