import type { Browser, BrowserContext, Page, WebSocketRoute } from '@playwright/test';
import type { ChairClient } from './chair-client';

// Phones for the e2e: a 360×740 touch screen each in its own browser context, and a Wi-Fi link
// the test can cut, including right after the server took a ballot and before its answer
// reached the phone (the case where a re-sent ballot must not count twice).

export type Room = {
  enabled: boolean;
  urls: string[];
  shortCode: string | null;
  waiting: { joinId: string; memberId: string; name: string }[];
  devices: { memberId: string; name: string; connected: boolean; how: 'slip' | 'room' }[];
};

export async function roomStatus(chair: ChairClient): Promise<Room> {
  const result = await chair.call('room/status', {});
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as Room;
}

export type Phone = Readonly<{ context: BrowserContext; page: Page }>;

/** A phone: mobile emulation at 360×740 with touch, its own storage and cookies. */
export async function openPhone(browser: Browser, locale = 'zh-CN'): Promise<Phone> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  await context.addInitScript((l) => localStorage.setItem('yishiting.locale', l), locale);
  return { context, page: await context.newPage() };
}

type Frame = { id?: number; kind?: string; channel?: string; request?: Record<string, unknown> };

const parse = (message: string | Buffer): Frame => {
  try {
    return JSON.parse(String(message)) as Frame;
  } catch {
    return {};
  }
};

/**
 * The phone's participant socket through a route the test can cut (setOffline alone leaves an
 * open WebSocket up). While down, new sockets close at once and plain HTTP fails. Every ballot the
 * phone sends is noted (its ballotId), and `loseNextVoteAnswer` cuts the link when the server
 * answers the next ballot, so the answer never arrives although the ballot was taken.
 */
export async function cuttableWifi(phone: Phone) {
  let down = false;
  let loseAnswer = false;
  const open = new Set<WebSocketRoute>();
  const ballots: { voteId: string; ballotId: string; choice: string }[] = [];
  const drop = async () => {
    down = true;
    await phone.context.setOffline(true);
    for (const route of open) await route.close({ code: 1001 });
    open.clear();
  };
  await phone.page.routeWebSocket(/\/ws\/participant/, (route) => {
    if (down) return void route.close({ code: 1001 });
    const server = route.connectToServer();
    const voteIds = new Set<number>();
    route.onMessage((message) => {
      const frame = parse(message);
      if (frame.channel === 'participant/vote' && frame.id !== undefined && frame.request) {
        voteIds.add(frame.id);
        const { voteId, ballotId, choice } = frame.request as Record<string, string>;
        ballots.push({ voteId: voteId ?? '', ballotId: ballotId ?? '', choice: choice ?? '' });
      }
      server.send(message);
    });
    server.onMessage((message) => {
      const frame = parse(message);
      if (loseAnswer && frame.kind === 'response' && voteIds.has(frame.id ?? -1)) {
        loseAnswer = false;
        void drop();
        return;
      }
      route.send(message);
    });
    open.add(route);
  });
  return {
    ballots,
    drop,
    loseNextVoteAnswer() {
      loseAnswer = true;
    },
    get down() {
      return down;
    },
    async restore() {
      down = false;
      await phone.context.setOffline(false);
    },
  };
}
