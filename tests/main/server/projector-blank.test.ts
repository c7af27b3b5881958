import type { Backend } from '../../../main/backend/backend';
import type { LanDisplay } from '../../../main/server/lan-display';
import { appPaths } from '../../../main/paths';
import { backendWithLan } from './lan-backend';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../../../main/server/app-server';
import { connect, connectChair, type Client, type Frame } from './serve-process';

let server: AppServer;
let lan: LanDisplay;
let backend: Backend;

beforeEach(async () => {
  ({ backend, lan } = backendWithLan());
  server = await startAppServer({
    backend,
    rendererDir: appPaths().rendererDir,
    host: '127.0.0.1',
    port: 0,
  });
});
afterEach(async () => {
  await lan.close();
  await server.close();
});

const tokenOf = (url: string | undefined) => new URL(url ?? '').searchParams.get('token') ?? '';

/** Everything the room's screens must not learn while the projector is blanked. */
const SECRETS = [
  '幸福里小区议事会',
  '张建国',
  '李秀兰',
  '王志强',
  '加装电梯',
  '休会期间的内部说明',
];

async function prepare(chair: Client): Promise<string> {
  const created = await chair.call('meetings/create', {
    command: {
      type: 'meeting/create',
      title: '幸福里小区议事会',
      bodyKind: 'compoundCouncil',
      date: '2026-05-01',
      place: '社区活动室',
    },
  });
  const meetingId = (created.value as { meetingId: string }).meetingId;
  const dispatch = async (command: Record<string, unknown>) =>
    expect(await chair.call('meeting/dispatch', { meetingId, command })).toMatchObject({
      ok: true,
    });
  for (const [index, name] of ['张建国', '李秀兰', '王志强'].entries()) {
    await dispatch({
      type: 'roster/addMember',
      memberId: `p${index}`,
      name,
      category: 'residentRep',
    });
  }
  await dispatch({ type: 'agenda/addItem', itemId: 'i1', title: '3号楼加装电梯费用分摊方案' });
  await dispatch({ type: 'meeting/open' });
  for (const memberId of ['p0', 'p1', 'p2']) await dispatch({ type: 'roster/signIn', memberId });
  await dispatch({ type: 'agenda/openItem', itemId: 'i1' });
  await dispatch({ type: 'queue/request', memberId: 'p1' });
  expect(await chair.call('meeting/open', { meetingId })).toMatchObject({ ok: true });
  return meetingId;
}

const viewPushes = (frames: readonly Frame[]) =>
  frames.filter((frame) => frame.kind === 'push' && frame.channel === 'projector/view');

describe('a blanked projector', () => {
  it('sends the projector and LAN sockets nothing but "blank"', async () => {
    const chair = await connectChair(server.url);
    const meetingId = await prepare(chair);
    const status = await lan.enable();
    const projector = await connect(`${server.url.replace('http', 'ws')}/ws/projector`);
    const lanSocket = await connect(
      `ws://127.0.0.1:${lan.port()}/ws/lan?token=${tokenOf(status.urls[0])}`,
    );
    // Before blanking both screens do show the meeting.
    for (const screen of [projector, lanSocket]) {
      await screen.next((frame) => JSON.stringify(frame.payload ?? '').includes('李秀兰'));
    }

    const seen = [projector.frames.length, lanSocket.frames.length];
    expect(await chair.call('projector/setControl', { blank: true })).toMatchObject({ ok: true });
    // What the chair does meanwhile must not leak either.
    for (const command of [
      { type: 'display/setMessage', text: '休会期间的内部说明' },
      { type: 'queue/request', memberId: 'p2' },
    ]) {
      expect(await chair.call('meeting/dispatch', { meetingId, command })).toMatchObject({
        ok: true,
      });
    }
    expect(await chair.call('projector/setControl', { theme: 'dark' })).toMatchObject({ ok: true });
    // A screen that connects while blanked gets the same.
    const late = await connect(`${server.url.replace('http', 'ws')}/ws/projector`);
    await late.next((frame) => frame.channel === 'projector/view');
    for (const screen of [projector, lanSocket]) {
      await screen.next(
        (frame) =>
          frame.channel === 'projector/view' &&
          (frame.payload as { control: { theme: string } }).control.theme === 'dark',
      );
    }

    const whileBlank = [
      ...viewPushes(projector.frames.slice(seen[0])),
      ...viewPushes(lanSocket.frames.slice(seen[1])),
      ...viewPushes(late.frames),
    ];
    expect(whileBlank.length).toBeGreaterThanOrEqual(9);
    for (const frame of whileBlank) {
      expect(frame.payload).toMatchObject({ view: null, control: { blank: true } });
      const text = JSON.stringify(frame);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }

    // Unblanked, the room sees the meeting as it is now.
    expect(await chair.call('projector/setControl', { blank: false })).toMatchObject({ ok: true });
    for (const screen of [projector, lanSocket, late]) {
      await screen.next((frame) => JSON.stringify(frame.payload ?? '').includes('王志强'));
    }
    for (const client of [chair, projector, lanSocket, late]) client.close();
  });
});
