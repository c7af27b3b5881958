import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectChair } from './chair-client';
import { expect, test } from './fixtures';

test('settings show the signing fingerprint, and "verify a document" tells a signed PDF from a tampered one', async ({
  page,
  server,
}) => {
  const chair = await connectChair(server.url);
  const opened = await chair.call('meetings/openDemo', { seedId: 'courtyard-repairs' });
  const meetingId = (opened.value as { meetingId: string }).meetingId;
  const snapshot = await chair.call('meeting/open', { meetingId });
  const voteId = (snapshot.value as { state: { voteOrder: string[] } }).state.voteOrder[0];
  const exported = await chair.call('documents/export', {
    meetingId,
    kind: 'notice',
    locale: 'zh-CN',
    voteId,
  });
  expect(exported.ok).toBe(true);
  const pdf = Buffer.from((exported.value as { base64: string }).base64, 'base64');
  const dir = mkdtempSync(join(tmpdir(), 'yishiting-verify-'));
  const signed = join(dir, 'notice.pdf');
  const tampered = join(dir, 'notice-tampered.pdf');
  writeFileSync(signed, pdf);
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('BT');
  copy[at + 40] = (copy[at + 40] ?? 0) ^ 0x01;
  writeFileSync(tampered, copy);

  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: '设置与验证' }).click();
  const dialog = page.getByRole('dialog', { name: '设置与文件验证' });
  const fingerprint = dialog.getByTestId('certificate-fingerprint');
  await expect(fingerprint).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/i);

  await dialog.getByLabel('选择要验证的 PDF 文件').setInputFiles(signed);
  await expect(dialog.getByTestId('verdict')).toHaveAttribute('data-status', 'valid');
  await expect(dialog.getByTestId('verdict')).toContainText('签名有效');
  await expect(dialog.getByTestId('verdict')).toContainText(
    (await fingerprint.textContent()) ?? '',
  );

  await dialog.getByLabel('选择要验证的 PDF 文件').setInputFiles(tampered);
  await expect(dialog.getByTestId('verdict')).toHaveAttribute('data-status', 'modified');
  await expect(dialog.getByTestId('verdict')).toContainText('签名无效');

  await dialog.getByLabel('证书文件（.p12 / .pfx）').setInputFiles({
    name: 'bad.p12',
    mimeType: 'application/x-pkcs12',
    buffer: Buffer.from('not a certificate'),
  });
  await dialog.getByLabel('证书密码').fill('wrong');
  await dialog.getByRole('button', { name: '导入' }).click();
  await expect(dialog.getByRole('alert')).toContainText('原证书保持不变');
  await expect(fingerprint).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/i);
  chair.close();
});
