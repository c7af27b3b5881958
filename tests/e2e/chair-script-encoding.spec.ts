import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The console reads a meeting script saved by a Chinese Windows editor (GBK) or with a BOM as the
// same meeting, and refuses bytes in no readable encoding with words that name the encodings.

const SEED = 'seeds/parking-drying.json';
const TITLE = '和平里社区居民议事会：停车秩序与公共晾晒空间协商';

/** The home page, connected, so a chosen file is not picked before the console can send it. */
async function home(page: Page, url: string) {
  await page.goto(`${url}/`);
  await expect(page.getByRole('status')).toContainText('已连接');
}

test('a GBK meeting script opens with its Chinese title intact', async ({ page, server }) => {
  await home(page, server.url);
  await page.getByLabel('选择文件').setInputFiles({
    name: 'gbk.json',
    mimeType: 'application/json',
    buffer: execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK', SEED]),
  });
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});

test('a UTF-16 script with a BOM opens too; garbage bytes are refused naming the encodings', async ({
  page,
  server,
}) => {
  await home(page, server.url);
  await page.getByLabel('选择文件').setInputFiles({
    name: 'garbage.json',
    mimeType: 'application/json',
    buffer: Buffer.from([0x7b, 0x80, 0xff, 0xfe, 0x81, 0x20, 0xff]),
  });
  await expect(page.getByRole('alert')).toContainText('GB18030/GBK');
  await page.getByLabel('选择文件').setInputFiles({
    name: 'unicode.json',
    mimeType: 'application/json',
    buffer: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      execFileSync('iconv', ['-f', 'UTF-8', '-t', 'UTF-16LE', SEED]),
    ]),
  });
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});
