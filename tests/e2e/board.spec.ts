import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectChair, type ChairClient } from './chair-client';
import { expect, test } from './fixtures';
import { expectAccessible } from './axe';

// Issue 9's acceptance through the follow-up board (跟踪台账): 民事民提 → 民议 → 民决 → 民办 → 民评.
// The meetings themselves run through the chair client (their screens have their own tests).

async function createMeeting(chair: ChairClient, title: string, date: string) {
  const created = await chair.call('meetings/create', {
    command: {
      type: 'meeting/create',
      title,
      bodyKind: 'residentsCouncil',
      date,
      place: '社区党群服务中心',
      chair: '王主任',
    },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const meetingId = (created.value as { meetingId: string }).meetingId;
  for (let i = 1; i <= 5; i += 1)
    await chair.dispatch(meetingId, {
      type: 'roster/addMember',
      memberId: `r${i}`,
      name: `代表${i}`,
      category: 'residentRep',
    });
  return meetingId;
}

async function openWithQuorum(chair: ChairClient, meetingId: string) {
  await chair.dispatch(meetingId, { type: 'meeting/open' });
  for (let i = 1; i <= 5; i += 1)
    await chair.dispatch(meetingId, { type: 'roster/signIn', memberId: `r${i}` });
}

test('raise a topic, carry out its action item and publish the evaluated result', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const chair = await connectChair(server.url);
  const first = await createMeeting(chair, '五月居民议事会', '2026-05-10');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: '跟踪台账' }).click();
  const board = page.getByRole('dialog', { name: /跟踪台账/ });
  await expect(board.getByTestId('board-table')).toBeVisible();

  // 民事民提: raise the topic in the board, classify it and put it on the May agenda.
  await board.getByRole('tab', { name: /议题/ }).click();
  const raise = board.getByRole('form', { name: '登记议题' });
  await raise.getByLabel('议题').fill('小区南门夜间照明不足');
  await raise.getByLabel('提出人').fill('王阿姨');
  await raise.getByLabel('渠道').selectOption({ label: '微信群' });
  await raise.getByLabel('提出日期').fill('2026-04-20');
  await raise.getByRole('button', { name: '登记' }).click();
  const topic = board.getByRole('listitem').filter({ hasText: '小区南门夜间照明不足' });
  await expect(topic.getByRole('heading', { name: '小区南门夜间照明不足' })).toBeVisible();
  await topic.getByLabel('小区南门夜间照明不足 的分类').selectOption('micro');
  await expect(topic).toContainText('已分类');
  // The class brings its routing guide; the chair records where the matter was sent.
  await expect(topic).toContainText('由社区“两委”组织协商');
  await topic.getByLabel('小区南门夜间照明不足 分流到哪里').selectOption({ label: '两委协商' });
  await expect(topic).toContainText('已分流');
  await topic.getByLabel('小区南门夜间照明不足 列入哪个会议').selectOption(first);
  await topic.getByRole('button', { name: '列入议程' }).click();
  await expect(topic.getByRole('heading', { name: '经过的会议' })).toBeVisible();
  await expect(topic).toContainText('五月居民议事会');
  await page.screenshot({ path: 'test-results/board-topics-1366x768.png' });

  // 民议 → 民决: the meeting decides it with an action item (through the chair client).
  const opened = await chair.call('meeting/open', { meetingId: first });
  const agenda = (opened.value as { state: { agendaOrder: string[] } }).state.agendaOrder;
  expect(agenda).toHaveLength(1);
  await openWithQuorum(chair, first);
  await chair.dispatch(first, { type: 'agenda/openItem', itemId: agenda[0] });
  await chair.dispatch(first, {
    type: 'vote/open',
    voteId: 'v1',
    method: 'hands',
    question: '是否同意在南门加装路灯',
  });
  await chair.dispatch(first, { type: 'vote/enterCounts', counts: { yes: { heads: 5 } } });
  await chair.dispatch(first, { type: 'vote/close' });
  await chair.dispatch(first, {
    type: 'action/add',
    actionId: 'a1',
    voteId: 'v1',
    title: '南门加装路灯',
    owner: '张师傅',
    budget: 1_260_000,
    deadline: '2026-06-30',
  });

  // 民办 in the board: import the meeting's action items, start and complete the item.
  await board.getByRole('tab', { name: '落实事项' }).click();
  await board.getByLabel('要导入的会议').selectOption(first);
  await board.getByRole('button', { name: '导入', exact: true }).click();
  await expect(board.getByText('已导入 1 项')).toBeVisible();
  const row = board.getByRole('row').filter({ hasText: '南门加装路灯' }).first();
  await expect(row).toContainText('12600.00 / 0.00');
  await row.getByRole('button', { name: '开始办理' }).click();
  const start = board.getByRole('form', { name: '开始办理：南门加装路灯' });
  await start.getByLabel('日期').fill('2026-05-12');
  await start.getByRole('button', { name: '确定' }).click();
  await expect(row).toContainText('办理中');
  await row.getByRole('button', { name: '标记完成' }).click();
  const complete = board.getByRole('form', { name: '标记完成：南门加装路灯' });
  await complete.getByLabel('日期').fill('2026-07-05');
  await complete.getByLabel('已支出（元）').fill('11800');
  await complete.getByLabel('办理结果').fill('南门新装路灯六盏，已通过验收');
  await complete.getByRole('button', { name: '确定' }).click();
  await expect(row).toContainText('已办结');

  // 民评: a closed satisfaction vote of a later meeting, linked from the board.
  const second = await createMeeting(chair, '八月居民议事会', '2026-08-15');
  await chair.dispatch(second, { type: 'agenda/addItem', itemId: 'e', title: '路灯满意度测评' });
  await openWithQuorum(chair, second);
  await chair.dispatch(second, { type: 'agenda/openItem', itemId: 'e' });
  await chair.dispatch(second, {
    type: 'vote/open',
    voteId: 'e1',
    method: 'satisfaction',
    question: '对南门路灯是否满意',
  });
  await chair.dispatch(second, {
    type: 'vote/enterCounts',
    counts: {
      satisfied: { heads: 3 },
      basicallySatisfied: { heads: 1 },
      dissatisfied: { heads: 1 },
    },
  });
  await chair.dispatch(second, { type: 'vote/close' });
  chair.close();

  await row.getByRole('button', { name: '关联评议' }).click();
  const evaluate = board.getByRole('form', { name: '关联评议：南门加装路灯' });
  await evaluate.getByLabel('评议会议').selectOption(second);
  await expect(evaluate.getByLabel('满意度表决')).toHaveValue('e1');
  await evaluate.getByRole('button', { name: '确定' }).click();
  await expect(row).toContainText('满意 3、基本满意 1、不满意 1');
  await expect(row).toContainText('满意率 80.0%');
  await expect(board).toContainText('满意率 =');

  await expectAccessible(page, 'board dialog', { include: '.board-dialog', all: true });
  await page.screenshot({ path: 'test-results/board-1366x768.png' });

  // The implementation-result notice: downloaded, signed, with the evaluation's figures.
  await row.getByRole('button', { name: '导出实施结果公示（PDF）' }).click();
  const exportForm = board.getByRole('form', { name: /导出实施结果公示/ });
  await exportForm.getByLabel('公示日期').fill('2026-08-20');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportForm.getByRole('button', { name: '下载 PDF' }).click(),
  ]);
  await expect(board.getByTestId('board-export-saved')).toContainText('实施结果公示');
  const file = join(mkdtempSync(join(tmpdir(), 'yishiting-board-')), 'notice.pdf');
  await download.saveAs(file);
  execFileSync(process.execPath, ['dist/main/cli.mjs', 'verify', file, '--data', server.dataDir]);
  const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
  expect(text).toContain('满意3人，基本满意1人，不满意1人，满意率80.0%');
});

test('a late close event from an earlier close does not shut the reopened board', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: '跟踪台账' }).click();
  const board = page.getByRole('dialog', { name: /跟踪台账/ });
  await expect(board.getByTestId('board-table')).toBeVisible();
  // Closed and at once reopened (a quick double click), the browser may deliver the first close's
  // event only now, to the open dialog: it must be ignored.
  await page.evaluate(() =>
    document.querySelector('dialog.board-dialog')?.dispatchEvent(new Event('close')),
  );
  await page.waitForTimeout(100);
  await expect(board.getByTestId('board-table')).toBeVisible();
  await board.getByRole('button', { name: '返回' }).click();
  await expect(board).toBeHidden();
});
