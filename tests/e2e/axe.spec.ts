import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';

// Every screen test's accessibility check goes through axeViolations: it must still see what it
// is there to see, in legacy mode too, or all of those checks would pass on anything.
test('the accessibility check finds planted violations, and only inside what it is asked about', async ({
  page,
}) => {
  await page.setContent(
    '<html lang="zh-CN"><head><title>检查</title></head><body><main>' +
      '<section id="bad"><button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></section>' +
      '<section id="good"><button>签到</button></section></main></body></html>',
  );
  const found = await axeViolations(page);
  expect(found.some((line) => line.startsWith('button-name (critical) #bad > button'))).toBe(true);
  expect(found.some((line) => line.startsWith('image-alt (critical)'))).toBe(true);
  expect(await axeViolations(page, { include: '#good' })).toEqual([]);
});
