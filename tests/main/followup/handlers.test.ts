import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runVerify } from '../../../main/cli/verify';
import { followupHandlers, type HandlerResult } from '../../../main/followup/handlers';
import { openFollowupRepository, type FollowupRepository } from '../../../main/followup/repository';
import { dispatch, emptyState, type CommandInput, type MeetingState } from '../../../shared/domain';
import { followupRequests, followupResponses } from '../../../shared/followup/api';
import { pdfText, tempPdf, toolsAvailable } from '../pdf/tools';
import { tempDataDir } from '../signing/helpers';

// The whole of issue 9 through the proposed channels, as the board window will drive it: raise a
// topic, put it on a meeting's agenda, decide it with an action item, carry it out on the board,
// evaluate it in a second meeting and export the signed implementation-result notice.

const repos: FollowupRepository[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.close();
});

function value<T>(r: HandlerResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code} ${JSON.stringify(r.error.params)}`);
  return r.value;
}

async function setup() {
  const dataDir = tempDataDir();
  const repo = await openFollowupRepository(dataDir, { lock: false });
  repos.push(repo);
  const meetings = new Map<string, MeetingState>();
  let now = Date.parse('2026-05-10T19:00:00+08:00');
  const dispatchMeeting = async (
    meetingId: string,
    command: CommandInput,
  ): Promise<HandlerResult<unknown>> => {
    now += 1000;
    const r = dispatch(meetings.get(meetingId) ?? emptyState(meetingId), { ...command, at: now });
    if (!r.ok) return { ok: false, error: r.error };
    meetings.set(meetingId, r.state);
    return { ok: true, value: null };
  };
  const handlers = followupHandlers({
    repo,
    dataDir,
    clock: () => now,
    meetingState: async (id) => meetings.get(id) ?? null,
    dispatchMeeting,
  });
  const meeting = async (id: string, commands: readonly CommandInput[]) => {
    for (const command of commands) value(await dispatchMeeting(id, command));
  };
  const setClock = (iso: string) => {
    now = Math.max(now, Date.parse(iso));
  };
  return { dataDir, repo, handlers, meeting, setClock };
}

const create = (date: string, title: string): CommandInput[] => [
  {
    type: 'meeting/create',
    title,
    bodyKind: 'residentsCouncil',
    date,
    place: '社区党群服务中心',
    chair: '王主任',
    recorder: '李记录',
  },
  ...Array.from({ length: 5 }, (_, i): CommandInput[] => [
    { type: 'roster/addMember', memberId: `r${i}`, name: `代表${i}`, category: 'residentRep' },
    { type: 'roster/signIn', memberId: `r${i}` },
  ]).flat(),
];

describe('follow-through across meetings, through the proposed channels', () => {
  it('raise → agenda → decide → carry out → evaluate → signed notice', async () => {
    const { dataDir, repo, handlers, meeting, setClock } = await setup();
    const parse = followupRequests['followup/dispatch'].parse;
    value(
      await handlers['followup/dispatch'](
        parse({
          command: {
            type: 'topic/raise',
            topicId: 't1',
            title: '3号楼加装电梯',
            raisedBy: '张阿姨',
            channel: 'wechatGroup',
            raisedOn: '2026-04-20',
          },
        }),
      ),
    );
    const notTriaged = await handlers['followup/putOnAgenda']({ topicId: 't1', meetingId: 'm1' });
    expect(notTriaged.ok ? '' : notTriaged.error.code).toBe('topic.notTriaged');
    value(
      await handlers['followup/dispatch'](
        parse({ command: { type: 'topic/triage', topicId: 't1', triage: 'minor' } }),
      ),
    );

    // Meeting 1: the topic goes on the agenda in one action and is decided with an action item.
    await meeting('m1', create('2026-05-10', '五月居民议事会'));
    const { itemId } = value(
      await handlers['followup/putOnAgenda']({ topicId: 't1', meetingId: 'm1' }),
    );
    await meeting('m1', [
      { type: 'meeting/open' },
      { type: 'agenda/openItem', itemId },
      { type: 'vote/open', voteId: 'v1', method: 'hands', question: '是否同意加装电梯' },
      { type: 'vote/enterCounts', counts: { yes: { heads: 5 } } },
      { type: 'vote/close' },
      {
        type: 'action/add',
        actionId: 'a1',
        voteId: 'v1',
        title: '联系施工队',
        owner: '张师傅',
        budget: 1_260_000,
        deadline: '2026-06-30',
      },
    ]);
    const imported = value(await handlers['followup/importMeeting']({ meetingId: 'm1' }));
    expect(imported.imported).toBe(1);
    expect(followupResponses['followup/importMeeting'].parse(imported)).toEqual(imported);
    expect(value(await handlers['followup/importMeeting']({ meetingId: 'm1' })).imported).toBe(0);
    expect(repo.state().items['m1/a1']?.topicId).toBe('t1');
    expect(repo.state().topics.t1?.meetings.map((m) => m.itemId)).toEqual([itemId]);

    // The board: carried out, overdue on the way, done.
    const ref = { meetingId: 'm1', actionId: 'a1' };
    value(
      await handlers['followup/dispatch'](
        parse({ command: { type: 'actionItem/start', ...ref, on: '2026-05-12' } }),
      ),
    );
    const late = value(await handlers['followup/board']({ filter: {}, today: '2026-07-02' }));
    expect(late.board.rows[0]).toMatchObject({ overdue: true, status: 'inProgress' });
    expect(late.owners).toEqual(['张师傅']);
    value(
      await handlers['followup/dispatch'](
        parse({
          command: {
            type: 'actionItem/complete',
            ...ref,
            on: '2026-07-05',
            budgetSpent: 1_180_000,
            summary: '电梯安装完毕并通过验收',
          },
        }),
      ),
    );

    // Meeting 2: the satisfaction vote, linked back to the item.
    setClock('2026-08-15T19:00:00+08:00');
    await meeting('m2', [
      ...create('2026-08-15', '八月居民议事会'),
      { type: 'agenda/addItem', itemId: 'e', title: '电梯项目满意度测评' },
      { type: 'meeting/open' },
      { type: 'agenda/openItem', itemId: 'e' },
      { type: 'vote/open', voteId: 'e1', method: 'satisfaction', question: '是否满意' },
      {
        type: 'vote/enterCounts',
        counts: {
          satisfied: { heads: 3 },
          basicallySatisfied: { heads: 1 },
          dissatisfied: { heads: 1 },
        },
      },
      { type: 'vote/close' },
    ]);
    expect(value(await handlers['followup/satisfactionVotes']({ meetingId: 'm2' }))).toEqual([
      { voteId: 'e1', question: '是否满意', evaluable: true },
    ]);
    expect(value(await handlers['followup/satisfactionVotes']({ meetingId: 'm1' }))).toEqual([]);
    value(
      await handlers['followup/evaluate']({
        ...ref,
        evaluationMeetingId: 'm2',
        voteId: 'e1',
      }),
    );
    const done = value(await handlers['followup/board']({ filter: { status: 'done' } }));
    expect(done.board.rows[0]?.latestEvaluation?.satisfactionPermille).toBe(800);
    expect(followupResponses['followup/board'].safeParse(done).success).toBe(true);

    // The notice: signed, verified, with the evaluation's figures in its text.
    const file = value(
      await handlers['followup/exportNotice']({ ...ref, locale: 'zh-CN', postedOn: '2026-08-20' }),
    );
    expect(followupResponses['followup/exportNotice'].safeParse(file).success).toBe(true);
    const path = join(dataDir, 'notice.pdf');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    expect(await runVerify(path, { dataDir, print: () => undefined })).toBe(0);
    if (toolsAvailable) {
      const text = pdfText(tempPdf(Buffer.from(file.base64, 'base64'))).replace(/\s+/g, '');
      expect(text).toContain('满意3人，基本满意1人，不满意1人，满意率80.0%');
    }
  });

  it('answers unknown meetings and items with typed errors', async () => {
    const { handlers } = await setup();
    const r = await handlers['followup/importMeeting']({ meetingId: 'nope' });
    expect(r.ok ? '' : r.error.code).toBe('meeting.unknown');
    const e = await handlers['followup/exportNotice']({
      meetingId: 'm1',
      actionId: 'a1',
      locale: 'en',
    });
    expect(e.ok ? '' : e.error.code).toBe('actionItem.unknown');
  });
});
