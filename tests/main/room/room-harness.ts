import { createBackend, type Backend } from '../../../main/backend/backend';
import { memoryRepository, type MeetingRepository } from '../../../main/backend/repository';
import { seedCatalogue } from '../../../main/backend/seeds';
import { appPaths } from '../../../main/paths';
import type { RoomStatus } from '../../../shared/api';
import type { CommandInput } from '../../../shared/domain';
import type { RoomStore } from '../../../main/room/room-store';
import { createLanDisplay, type LanDisplay } from '../../../main/server/lan-display';
import { connect, type Client } from '../server/serve-process';

// A backend with its LAN listener on loopback, a meeting of six members (one observer) under
// way on an open item, and the room turned on: what a phone in the room reaches.

export const MEMBERS = ['a1', 'a2', 'a3', 'a4', 'a5'] as const;
export const OBSERVER = 'o1';

/** A backend answer as tests read it (values are checked by the test, not by a type). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers loosely
export type Answer = { ok: boolean; value?: any; error?: { code: string } };

export type RoomHarness = Readonly<{
  backend: Backend;
  lan: LanDisplay;
  meetingId: string;
  /** http://127.0.0.1:PORT of the LAN listener. */
  base: () => string;
  chair(channel: string, request: unknown): Promise<Answer>;
  dispatch(command: CommandInput): Promise<Answer>;
  status(): Promise<RoomStatus>;
  /** A participant socket for a member, joined through their slip. */
  phoneOf(memberId: string): Promise<Client & { deviceKey: string }>;
  close(): Promise<void>;
}>;

export async function roomHarness(
  options: Readonly<{ repository?: MeetingRepository; rooms?: RoomStore; idPrefix?: string }> = {},
): Promise<RoomHarness> {
  let ids = 0;
  let now = 1_800_000_000_000;
  const lan: LanDisplay = createLanDisplay({
    backend: () => backend,
    rendererDir: appPaths().rendererDir,
    host: '127.0.0.1',
    port: 0,
    addresses: () => ['127.0.0.1'],
  });
  const backend: Backend = createBackend({
    repository: options.repository ?? memoryRepository(),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => (now += 10),
    newId: () => `${options.idPrefix ?? 'n'}${++ids}`,
    lan,
    ...(options.rooms ? { rooms: options.rooms } : {}),
  });
  const chair = (channel: string, request: unknown) =>
    backend.handle('chair', channel, request) as Promise<Answer>;
  const meetingId = await setUpMeeting(chair);
  const dispatch = (command: CommandInput) => chair('meeting/dispatch', { meetingId, command });
  const phones: Client[] = [];
  const base = () => `http://127.0.0.1:${lan.port()}`;
  return {
    backend,
    lan,
    meetingId,
    base,
    chair,
    dispatch,
    status: async () => (await chair('room/status', {})).value as RoomStatus,
    phoneOf: async (memberId) => {
      const urls = await backend.room.personalJoinUrls(meetingId);
      if (!urls.ok) throw new Error(JSON.stringify(urls.error));
      const url = urls.value.find((entry) => entry.memberId === memberId)?.url ?? '';
      const code = new URL(url).searchParams.get('code');
      const answer = await postJson(`${base()}/join/slip`, { code });
      const deviceKey = (answer.body as { deviceKey: string }).deviceKey;
      const phone = await connect(
        `${base().replace('http', 'ws')}/ws/participant?key=${deviceKey}`,
      );
      phones.push(phone);
      return Object.assign(phone, { deviceKey });
    },
    close: async () => {
      for (const phone of phones) phone.close();
      await lan.close();
      await backend.close();
    },
  };
}

async function setUpMeeting(
  chair: (channel: string, request: unknown) => Promise<Answer>,
): Promise<string> {
  const created = await chair('meetings/create', {
    command: {
      type: 'meeting/create',
      title: '现场互动测试',
      bodyKind: 'residentsCouncil',
      date: '2026-05-01',
    },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const meetingId = (created.value as { meetingId: string }).meetingId;
  const members = [
    ...MEMBERS.map((memberId, i) => ({ memberId, name: `成员${i + 1}`, category: 'residentRep' })),
    { memberId: OBSERVER, name: '列席一', category: 'custom', role: 'observer' },
  ];
  const commands: CommandInput[] = [
    { type: 'roster/importMembers', members } as CommandInput,
    { type: 'agenda/addItem', itemId: 'i1', title: '议题一' } as CommandInput,
    { type: 'meeting/open' },
    { type: 'agenda/openItem', itemId: 'i1' },
  ];
  for (const command of commands) {
    const done = await chair('meeting/dispatch', { meetingId, command });
    if (!done.ok) throw new Error(`${command.type}: ${JSON.stringify(done.error)}`);
  }
  await chair('meeting/open', { meetingId });
  const on = await chair('room/set', { enabled: true, meetingId });
  if (!on.ok) throw new Error(JSON.stringify(on.error));
  return meetingId;
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, body: parsed };
}
