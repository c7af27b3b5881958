import { expect, test } from './fixtures';
import { confirmStep, preparedMeeting, signInButton, VOTING } from './chair-helpers';

test('a chair runs a whole meeting: roster import, quorum, speakers, two votes, resolution, minutes', async ({
  page,
  server,
}) => {
  await preparedMeeting(page, server.url);
  const quorum = page.getByTestId('quorum-badge');
  await expect(page.getByTestId('quorum')).toContainText('实到 0 / 应到 5');
  await expect(quorum).toHaveText('未达法定人数');

  // Sign people in until quorum (council default: two-thirds of members): 4 of 5.
  for (const name of VOTING.slice(0, 3)) {
    await signInButton(page, name).click();
    await expect(signInButton(page, name)).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(quorum).toHaveText('未达法定人数');
  await page.getByLabel('按姓名查找').fill('刘');
  await signInButton(page, '刘芳').click();
  await expect(quorum).toHaveText('已达法定人数');
  await expect(page.getByTestId('quorum')).toContainText('实到 4 / 应到 5');
  await page.getByLabel('按姓名查找').fill('');
  await signInButton(page, '赵敏').click(); // the observer: present, never counted
  await expect(page.getByTestId('quorum')).toContainText('实到 4 / 应到 5');

  // The first item, and two speakers through the queue.
  await page.getByRole('button', { name: /进入下一议题/ }).click();
  await expect(page.locator('#item-heading')).toHaveText('加装电梯方案');
  for (const name of ['李秀兰', '张伟']) {
    await page.getByLabel('输入姓名，申请发言').fill(name);
    await page.getByRole('button', { name: `${name} 申请发言` }).click();
  }
  await expect(page.locator('.queue-list .queue-name')).toHaveText(['李秀兰', '张伟']);
  await page.getByRole('button', { name: /请下一位发言/ }).click();
  await expect(page.getByTestId('speaker')).toHaveText('李秀兰');
  await expect(page.getByTestId('timer')).toHaveText(/^[23]:\d\d$/);
  await page.getByRole('button', { name: /暂停/ }).click();
  await expect(page.locator('.timer-state')).toHaveText('已暂停');
  await page.getByRole('button', { name: /继续/ }).click();
  await page.getByRole('button', { name: /延长 1 分钟/ }).click();
  await expect(page.locator('.timer-state')).toHaveText('限时 4:00');
  await page.getByRole('button', { name: /请下一位发言/ }).click();
  await expect(page.getByTestId('speaker')).toHaveText('张伟');
  // The core refuses to sign out the speaker; the reason shows under that person, in Chinese.
  await signInButton(page, '张伟').click();
  await expect(
    page
      .locator('.signin-row')
      .filter({ has: page.getByRole('button', { name: /^张伟/ }) })
      .getByRole('alert'),
  ).toHaveText('张伟正在发言，请先结束发言');
  await expect(signInButton(page, '张伟')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /结束发言/ }).click();
  await expect(page.getByText('现在没有人发言。')).toBeVisible();
  await page
    .getByRole('textbox', { name: '本议题记录（写入会议记录）' })
    .fill('居民普遍支持加装电梯，低层住户关心采光。');
  await page.getByRole('button', { name: '保存记录' }).click();
  await expect(page.getByTestId('item-notes')).toContainText('已保存');

  // A roll-call vote: one click per member.
  await page.getByLabel('表决方式').selectOption({ label: '记名表决' });
  await page.getByLabel('表决事项').fill('同意加装电梯方案');
  await page.getByRole('button', { name: /开始表决/ }).click();
  const open = page.getByTestId('open-vote');
  await expect(open).toContainText('同意加装电梯方案');
  for (const [name, ballot] of [
    ['王建国', '赞成'],
    ['李秀兰', '赞成'],
    ['张伟', '赞成'],
    ['刘芳', '反对'],
  ] as const) {
    await open.getByRole('group', { name }).getByRole('button', { name: ballot }).click();
  }
  await expect(page.getByTestId('tally-yes')).toContainText('3');
  await expect(page.getByTestId('tally-no')).toContainText('1');
  await expect(page.getByTestId('vote-projection')).toHaveText('按已录入票数可通过');
  await page.getByRole('button', { name: /结束表决/ }).click();
  await confirmStep(page, '确认结束表决');
  const record = page.getByTestId('vote-record').first();
  await expect(record).toContainText('通过');
  await record.getByLabel('决议内容').fill('同意在1号楼加装电梯，费用按楼层分摊。');
  await record.getByRole('button', { name: '保存决议' }).click();
  await expect(record.getByRole('button', { name: '保存决议' })).toBeDisabled();
  await record.getByLabel('事项', { exact: true }).fill('联系电梯厂家出具报价');
  await record.getByLabel('负责人').fill('王建国');
  await record.getByLabel('完成期限').fill('2026-06-30');
  await record.getByRole('button', { name: '添加落实事项' }).click();
  await expect(record.locator('.action-row')).toContainText('联系电梯厂家出具报价');

  // A show-of-hands vote: the tellers' counts.
  await page.getByLabel('表决方式').selectOption({ label: '举手表决' });
  await page.getByLabel('表决事项').fill('同意由业委会监督施工');
  await page.getByRole('button', { name: /开始表决/ }).click();
  await page.getByLabel('赞成', { exact: true }).fill('4');
  await page.getByLabel('反对', { exact: true }).fill('0');
  await page.getByLabel('弃权', { exact: true }).fill('0');
  await page.getByRole('button', { name: '录入票数' }).click();
  await expect(page.getByTestId('open-vote').getByTestId('tally-yes')).toContainText('4');
  await page.getByRole('button', { name: /结束表决/ }).click();
  await confirmStep(page, '确认结束表决');
  await expect(page.getByTestId('vote-record')).toHaveCount(2);

  // A vote taken by mistake is voided, with its reason on record (never undone).
  await page.getByLabel('表决方式').selectOption({ label: '无记名投票' });
  await page.getByLabel('表决事项').fill('误开的表决');
  await page.getByRole('button', { name: /开始表决/ }).click();
  await page.getByTestId('open-vote').getByRole('button', { name: '作废本次表决' }).click();
  await page.getByLabel('作废原因').fill('表决事项写错');
  await page.getByRole('button', { name: '确认作废' }).click();
  await expect(page.getByTestId('vote-record').filter({ hasText: '误开的表决' })).toContainText(
    '已作废，原因：表决事项写错',
  );

  // Close: 散会, then the minutes preview.
  await page.getByRole('button', { name: '散会与记录' }).click();
  await page.getByRole('button', { name: '宣布散会' }).click();
  await confirmStep(page, '确认散会');
  await expect(page.getByTestId('closed-at')).toContainText('散会时间：');
  // The preview is the minutes' document model (shared/documents), the same one the PDF lays out.
  const minutes = page.getByTestId('minutes-preview');
  await expect(minutes.getByRole('heading', { level: 3 })).toContainText('幸福里社区居民议事会');
  await expect(minutes).toContainText('社区活动室');
  await expect(minutes).toContainText('李秀兰');
  await expect(minutes).toContainText('居民普遍支持加装电梯，低层住户关心采光。');
  await expect(minutes).toContainText('同意加装电梯方案');
  await expect(minutes).toContainText('同意在1号楼加装电梯，费用按楼层分摊。');
  await expect(minutes).toContainText('联系电梯厂家出具报价');
  await expect(minutes).toContainText('同意由业委会监督施工');
});
