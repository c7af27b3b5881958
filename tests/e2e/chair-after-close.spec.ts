import { connectChair, prepareMeeting, type ChairClient } from './chair-client';
import { expect, test } from './fixtures';

// After 散会: the home list says which meetings are running and which are closed (no restart),
// controls that can no longer act are disabled with the reason, the minutes say 暂缓 and 未记录
// and leave out the chair's private memo, the action item is on the follow-up board without an
// import, and a download says where it went.

const MEMO = '王阿姨情绪激动，会后上门沟通';
const NOTE = '物业承诺下周一前提交报价';

async function heldMeeting(chair: ChairClient): Promise<string> {
  const meetingId = await prepareMeeting(chair, '锦绣苑小区议事会');
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i1' });
  await chair.dispatch(meetingId, { type: 'speech/start', speechId: 's1', memberId: 'm2' });
  await chair.dispatch(meetingId, { type: 'speech/end' });
  await chair.dispatch(meetingId, { type: 'notes/set', itemId: 'i1', text: NOTE });
  await chair.dispatch(meetingId, { type: 'notes/set', itemId: 'i1', text: MEMO, private: true });
  await chair.dispatch(meetingId, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'hands',
    question: '是否同意电梯费用分摊方案',
  });
  await chair.dispatch(meetingId, { type: 'vote/enterCounts', counts: { yes: { heads: 5 } } });
  await chair.dispatch(meetingId, { type: 'vote/close' });
  await chair.dispatch(meetingId, {
    type: 'action/add',
    actionId: 'a1',
    voteId: 'v1',
    title: '委托电梯公司出具报价',
  });
  await chair.dispatch(meetingId, { type: 'agenda/closeItem', itemId: 'i1' });
  await chair.dispatch(meetingId, { type: 'agenda/openItem', itemId: 'i2' });
  await chair.dispatch(meetingId, { type: 'agenda/deferItem', itemId: 'i2' });
  await chair.dispatch(meetingId, { type: 'meeting/close' });
  return meetingId;
}

test('after 散会: live list, disabled controls with reasons, honest minutes, board and downloads', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const chair = await connectChair(server.url);
  await heldMeeting(chair);
  await prepareMeeting(chair, '幸福里第二次议事会');
  chair.close();

  // The home list, straight from a running backend: each meeting under its status.
  await page.goto(`${server.url}/`);
  const closedGroup = page.getByRole('region', { name: '已散会的会议' });
  const openGroup = page.getByRole('region', { name: '正在进行的会议' });
  await expect(closedGroup).toContainText('锦绣苑小区议事会');
  await expect(openGroup).toContainText('幸福里第二次议事会');
  await expect(page.getByRole('region', { name: '筹备中的会议' })).toHaveCount(0);

  await closedGroup.getByRole('button', { name: /锦绣苑小区议事会/ }).click();
  await page.getByRole('button', { name: '散会与记录' }).click();
  const preview = page.getByTestId('minutes-preview');
  await expect(preview).toContainText('小区公共晾晒区改造（暂缓）');
  await expect(preview).not.toContainText('本议题无人发言');
  await expect(preview.locator('td', { hasText: '未记录' })).toHaveCount(1);
  await expect(preview).not.toContainText('不表态');
  await expect(preview).toContainText(NOTE);
  await expect(preview).not.toContainText(MEMO);

  // A browser download says where the file is.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出签到表（PDF）' }).click(),
  ]);
  await expect(page.getByTestId('export-saved')).toContainText(download.suggestedFilename());
  await expect(page.getByTestId('export-saved')).toContainText('下载');

  await page.getByRole('button', { name: '会议进行' }).click();
  const next = page.getByRole('button', { name: /进入下一议题/ });
  await expect(next).toBeDisabled();
  await expect(page.getByTestId('item-closed-reason')).toContainText('会议已散会');
  await expect(next).toHaveAccessibleDescription(/会议已散会/);

  await page.getByRole('button', { name: '会前筹备' }).click();
  await expect(page.getByTestId('prepare-closed')).toContainText('会议已散会');
  for (const button of await page.getByRole('button', { name: /^删除“/ }).all())
    await expect(button).toBeDisabled();
  // Every control that could only be refused after 散会 is disabled, with the banner as reason
  // (seen: the roster's selects and phone boxes stayed live and the core answered with errors).
  const editors = page.getByTestId('prepare-editors');
  await expect(editors).toHaveCount(2);
  for (const group of await editors.all())
    await expect(group).toHaveAccessibleDescription(/会议已散会/);
  const controls = editors.locator('input, select, textarea, button');
  expect(await controls.count()).toBeGreaterThan(5);
  for (const control of await controls.all()) await expect(control).toBeDisabled();
  // Documents can still be exported after 散会.
  await expect(
    page.getByRole('region', { name: '会前文件' }).getByRole('button').first(),
  ).toBeEnabled();

  // The action item is on the follow-up board without any import.
  await page.getByRole('button', { name: '跟踪台账' }).click();
  const board = page.getByRole('dialog', { name: /跟踪台账/ });
  await expect(board.getByTestId('board-table')).toContainText('委托电梯公司出具报价');
});
