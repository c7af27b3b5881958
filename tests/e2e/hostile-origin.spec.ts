import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectChair, prepareMeeting } from './chair-client';
import { expect, test } from './fixtures';

// A web page the chair happens to have open in the same browser (another origin: here another
// port on this machine) tries everything a script can: open the chair, projector and LAN
// sockets, send commands and garbage down them, read the app over fetch. It must learn nothing,
// command nothing and crash nothing, and the real console must carry on.

/** The hostile page: plain script, no Playwright help, reporting what it got in window.attack. */
const HOSTILE_PAGE = String.raw`<!doctype html><meta charset="utf-8"><title>prize draw</title>
<script>
const app = new URLSearchParams(location.search).get('app');
const commands = [
  { id: 1, channel: 'meetings/create', request: { command: { type: 'meeting/create', title: '入侵会议',
    bodyKind: 'compoundCouncil', date: '2026-05-01', place: 'x' } } },
  { id: 2, channel: 'lan/set', request: { enabled: true } },
  { id: 3, channel: 'projector/setControl', request: { blank: true } },
  { id: 4, channel: 'meetings/list', request: {} },
].map((frame) => JSON.stringify(frame));
const garbage = ['{', '\u0000\uffff', 'x'.repeat(49 * 1024 * 1024)];

function trySocket(path) {
  return new Promise((resolve) => {
    const seen = { path, opened: false, messages: [], closeCode: null };
    const done = () => resolve(seen);
    let ws;
    try {
      ws = new WebSocket('ws://' + app + path);
    } catch (error) {
      seen.thrown = String(error);
      return done();
    }
    ws.onopen = () => {
      seen.opened = true;
      for (const text of [...commands, ...garbage]) ws.send(text);
    };
    ws.onmessage = (event) => seen.messages.push(String(event.data).slice(0, 500));
    ws.onclose = (event) => {
      seen.closeCode = event.code;
      done();
    };
    setTimeout(done, 4000);
  });
}

async function tryFetch(init) {
  try {
    const response = await fetch('http://' + app + '/', init);
    return { type: response.type, status: response.status, body: (await response.text()).slice(0, 200) };
  } catch (error) {
    return { thrown: String(error) };
  }
}

(async () => {
  const sockets = [];
  for (const path of ['/ws/chair', '/ws/projector', '/ws/lan?token=guess', '/ws/lan'])
    sockets.push(await trySocket(path));
  const fetches = [
    await tryFetch({}),
    await tryFetch({ mode: 'no-cors' }),
    await tryFetch({ method: 'POST', mode: 'no-cors', body: 'x'.repeat(1024 * 1024) }),
  ];
  window.attack = { sockets, fetches };
})();
</script>`;

async function serveHostilePage(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HOSTILE_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

type Attack = {
  sockets: Array<{
    path: string;
    opened: boolean;
    messages: string[];
    closeCode: number | null;
    thrown?: string;
  }>;
  fetches: Array<{ type?: string; status?: number; body?: string; thrown?: string }>;
};

test('a page on a foreign origin cannot crash, read or command anything', async ({
  browser,
  server,
}) => {
  const chairApi = await connectChair(server.url);
  const meetingId = await prepareMeeting(chairApi);
  const hostile = await serveHostilePage();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const app = new URL(server.url).host;
    await page.goto(`${hostile.url}/?app=${app}`);
    await page.waitForFunction(() => 'attack' in window, undefined, { timeout: 30_000 });
    const attack = (await page.evaluate(
      () => (window as unknown as { attack: unknown }).attack,
    )) as Attack;
    await context.close();

    // No socket opened, so no push (view, names, tallies) reached the page.
    for (const socket of attack.sockets) {
      expect(socket, socket.path).toMatchObject({ opened: false, messages: [] });
    }
    // The browser hands no cross-origin answer to the page: CORS refuses the plain fetch, and
    // Cross-Origin-Resource-Policy: same-origin refuses even the opaque no-cors one.
    expect(attack.fetches[0]?.thrown).toContain('TypeError');
    for (const answer of attack.fetches) {
      expect(answer.body ?? '').toBe('');
      expect(answer.thrown !== undefined || answer.type === 'opaque', JSON.stringify(answer)).toBe(
        true,
      );
    }
    expect(JSON.stringify(attack)).not.toContain('幸福里小区议事会');

    // The server is alive and nothing was commanded.
    const meetings = await chairApi.call('meetings/list', {});
    expect(meetings).toMatchObject({ ok: true });
    expect((meetings.value as unknown[]).length).toBe(1);
    expect(await chairApi.call('lan/status', {})).toMatchObject({
      ok: true,
      value: { enabled: false },
    });

    // The real console and projector still work.
    const chair = await (await browser.newContext()).newPage();
    await chair.goto(`${server.url}/#meeting=${meetingId}`);
    await expect(chair.getByRole('status').first()).toContainText('已连接');
    await expect(chair.locator('h1', { hasText: '幸福里小区议事会' }).first()).toBeVisible();
    const projector = await (await browser.newContext()).newPage();
    await projector.goto(`${server.url}/projector`);
    await expect(
      projector.getByRole('heading', { level: 1, name: '幸福里小区议事会' }),
    ).toBeVisible();
    await expect(projector.getByTestId('projector-blank')).toHaveCount(0);
  } finally {
    chairApi.close();
    await new Promise((resolve) => hostile.server.close(resolve));
  }
});
