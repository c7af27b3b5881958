import type { Page } from '@playwright/test';
import { openConsole } from './chair-helpers';
import { expect, test } from './fixtures';

/** The locale chunks this page has fetched so far (renderer/src/i18n.ts names them by folder). */
async function localeChunks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.replace(/^\/assets\//, ''))
      .filter((name) => /^(zh-TW|en)-[\w-]{8}\.js$/.test(name))
      .map((name) => name.replace(/-[\w-]{8}\.js$/, '')),
  );
}

test('the console fetches a language when it is chosen, and starts in it next time', async ({
  page,
  server,
}) => {
  await openConsole(page, server.url);
  await expect(page.getByRole('heading', { level: 1, name: '会议' })).toBeVisible();
  expect(await localeChunks(page)).toEqual([]);

  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await localeChunks(page)).toEqual(['en']);

  // The choice is remembered: the next start fetches English before it draws, and nothing else.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(page.locator('.chair-header [role="status"]')).toHaveText('Connected');
  expect(await localeChunks(page)).toEqual(['en']);

  await page.getByLabel('Language').selectOption('zh-TW');
  await expect(page.getByRole('heading', { level: 1, name: '會議' })).toBeVisible();
  await page.getByLabel('語言').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '会议' })).toBeVisible();
  expect((await localeChunks(page)).sort()).toEqual(['en', 'zh-TW']);
});
