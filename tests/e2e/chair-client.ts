import WebSocket from 'ws';

type Result = {
  ok: boolean;
  value?: unknown;
  error?: { code: string; params: Record<string, unknown> };
};

export type ChairClient = Readonly<{
  call(channel: string, request: unknown): Promise<Result>;
  /** dispatch() that fails the test on a rejected command, so a typo never passes silently. */
  dispatch(meetingId: string, command: Record<string, unknown>): Promise<void>;
  close(): void;
}>;

/**
 * A programmatic chair, speaking the same WebSocket protocol as the chair console (with its
 * Origin, as the server demands). Tests use it to drive chair actions quickly and exactly.
 */
export async function connectChair(baseUrl: string, path = '/ws/chair'): Promise<ChairClient> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${path}`, {
    headers: { Origin: baseUrl },
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_request, response) =>
      reject(new Error(`HTTP ${response.statusCode}`)),
    );
  });
  let nextId = 1;
  const waiting = new Map<number, (result: Result) => void>();
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { kind: string; id?: number; result?: Result };
    if (frame.kind === 'response' && frame.id !== undefined)
      waiting.get(frame.id)?.(frame.result as Result);
  });
  const call = (channel: string, request: unknown) =>
    new Promise<Result>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ id, channel, request }));
    });
  return {
    call,
    async dispatch(meetingId, command) {
      const result = await call('meeting/dispatch', { meetingId, command });
      if (!result.ok)
        throw new Error(`${String(command.type)} rejected: ${JSON.stringify(result.error)}`);
    },
    close: () => ws.close(),
  };
}

/** A new meeting with these fields of meeting/create; resolves with its id. */
export async function createMeeting(
  chair: ChairClient,
  fields: Readonly<Record<string, unknown>>,
): Promise<string> {
  const created = await chair.call('meetings/create', {
    command: { type: 'meeting/create', ...fields },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return (created.value as { meetingId: string }).meetingId;
}

/** A small meeting ready to run: 6 members, 4 signed in, two agenda items, opened. */
export async function prepareMeeting(chair: ChairClient, title = '幸福里小区议事会') {
  const meetingId = await createMeeting(chair, {
    title,
    bodyKind: 'compoundCouncil',
    date: '2026-05-01',
    place: '幸福里社区活动室',
    chair: '王秀英',
  });
  const names = ['张建国', '李秀兰', '王志强', '刘桂芳', '陈晓东', '赵丽华'];
  for (const [index, name] of names.entries()) {
    await chair.dispatch(meetingId, {
      type: 'roster/addMember',
      memberId: `m${index + 1}`,
      name,
      category: index === 0 ? 'committee' : 'residentRep',
    });
  }
  await chair.dispatch(meetingId, {
    type: 'agenda/addItem',
    itemId: 'i1',
    title: '3号楼加装电梯费用分摊方案',
    description: '按楼层系数分摊，低层住户给予补偿',
  });
  await chair.dispatch(meetingId, {
    type: 'agenda/addItem',
    itemId: 'i2',
    title: '小区公共晾晒区改造',
  });
  await chair.dispatch(meetingId, { type: 'meeting/open' });
  for (const memberId of ['m1', 'm2', 'm3', 'm4', 'm5'])
    await chair.dispatch(meetingId, { type: 'roster/signIn', memberId });
  const opened = await chair.call('meeting/open', { meetingId });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return meetingId;
}
