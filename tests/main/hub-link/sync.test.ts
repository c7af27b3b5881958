import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHubLink } from '../../../main/hub-link/link-file';
import { readHubLinkLog } from '../../../main/hub-link/log-file';
import { hubLinkService } from '../../../main/hub-link/service';
import {
  board,
  dispatchFollowup,
  emptyFollowup,
  type FollowupState,
} from '../../../shared/followup';
import { removeDir, tempDir } from '../bundle/fixture';

// The sync against a stand-in hub that pages its comments (the real hub answers up to 500 at a
// time) and counts acknowledgements: every page is fetched, each comment lands on its item once,
// one about an item this board lacks is reported, and the hub is told how far the app got.

type Comment = { id: number; itemKey: string; author: string; body: string; createdAt: string };
const comments: Comment[] = [];
const asked: number[] = [];
const acked: number[] = [];
const PAGE = 2;
let server: Server;
let dataDir = '';
let hubUrl = '';
let registry: FollowupState;
let now = Date.parse('2026-06-02T08:00:00Z');

const note = (id: number, itemKey: string, body: string): Comment => ({
  id,
  itemKey,
  author: 'wangfang',
  body,
  createdAt: `2026-06-0${id}T01:00:00.000Z`,
});

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://hub');
      let body: unknown = { ok: true };
      if (url.pathname === '/api/community/sync') {
        const after = Number(url.searchParams.get('after'));
        asked.push(after);
        const page = comments.filter((c) => c.id > after).slice(0, PAGE);
        body = { comments: page, refused: [], missing: [] };
      } else {
        acked.push((JSON.parse(Buffer.concat(chunks).toString()) as { upTo: number }).upTo);
      }
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  dataDir = tempDir('yst-hublink-');
  hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await writeHubLink(dataDir, {
    version: 1,
    address: hubUrl,
    communityId: 'c1',
    communityName: '幸福里',
    token: 'tok_0123456789abcdefghij',
    enrolledAt: '2026-06-01T08:00:00.000Z',
  });
  registry = emptyFollowup();
  for (const actionId of ['a1', 'a2']) {
    const r = dispatchFollowup(registry, {
      type: 'actionItem/import',
      meetingId: 'm1',
      actionId,
      voteId: 'v1',
      itemId: 'i1',
      meetingDate: '2026-05-10',
      title: `事项 ${actionId}`,
      at: (now += 1000),
    });
    if (!r.ok) throw new Error(r.error.code);
    registry = r.state;
  }
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  removeDir(dataDir);
});

const none = () => Promise.reject(new Error('unused'));
const service = () =>
  hubLinkService({
    dataDir,
    identity: none,
    closedMeetings: () => Promise.resolve([]),
    bundleSource: { dataDir, identity: none, events: none, followup: none },
    followup: {
      state: () => registry,
      dispatch: (command) => {
        const r = dispatchFollowup(registry, command);
        if (r.ok) registry = r.state;
        return Promise.resolve(r);
      },
    },
    clock: () => (now += 1000),
  });

describe('the 督办 sync', () => {
  it('fetches every page, records each comment once, reports the unknown item, acks', async () => {
    comments.push(
      note(1, 'm1/a1', '请加快进度'),
      note(2, 'm1/a2', '请公示'),
      note(3, 'm9/a1', '另一个社区的事项？'),
      note(4, 'm1/a1', '请于月底前完成'),
      note(5, 'm1/a2', '预算请细化'),
    );
    const result = await service().sync('zh-CN');
    expect(asked).toEqual([0, 2, 4, 5]);
    expect(acked).toEqual([5]);
    expect(result).toMatchObject({ received: 4, already: 0 });
    expect(result.unmatched).toEqual([
      { itemKey: 'm9/a1', author: 'wangfang', body: '另一个社区的事项？' },
    ]);
    const rows = board(registry, {}, '2026-06-01').rows;
    expect(rows.map((r) => [r.key, r.supervisionCount, r.latestSupervision?.body])).toEqual([
      ['m1/a1', 2, '请于月底前完成'],
      ['m1/a2', 2, '预算请细化'],
    ]);
    expect((await readHubLinkLog(dataDir, expect.any(String) as never, 'c1')).lastCommentId).toBe(
      0,
    );
  });

  it('asks only for what is new next time; a comment met again is counted, not added', async () => {
    asked.length = 0;
    comments.push(note(6, 'm1/a1', '已收到回复'));
    const next = await service().sync('en');
    expect(asked[0]).toBe(5);
    expect(next.received).toBe(1);
    // A log lost on the laptop: the hub sends everything again, the board adds nothing.
    rmSync(path.join(dataDir, 'hub-link-log.json'));
    const again = await service().sync('en');
    expect(again).toMatchObject({ received: 0, already: 5 });
    expect(board(registry, {}, '2026-06-01').rows[0]!.supervisionCount).toBe(3);
  });
});
