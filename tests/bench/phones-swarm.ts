import WebSocket from 'ws';

// The phones of tests/bench/phones.bench.ts, in a process of their own (forked by the bench) so
// their JSON and sockets do not share a CPU queue with the projector's measurement. Each phone
// exchanges its slip's personal code for a device key, opens its participant socket, signs in,
// and on 'vote' casts one ballot, at a random moment within the storm's window.

type Setup = Readonly<{ base: string; codes: readonly string[] }>;
type Phone = { ws: WebSocket; next: number; waiting: Map<number, (ok: boolean) => void> };

const now = () => performance.timeOrigin + performance.now();
const send = (message: unknown) => process.send?.(message);

async function limited<T>(
  items: readonly T[],
  width: number,
  work: (item: T, i: number) => Promise<void>,
) {
  let at = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (at < items.length) {
        const i = at++;
        await work(items[i] as T, i);
      }
    }),
  );
}

async function join(base: string, code: string): Promise<string> {
  const response = await fetch(`${base}/join/slip`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body = (await response.json()) as { deviceKey?: string };
  if (!body.deviceKey) throw new Error(`slip refused: ${response.status}`);
  return body.deviceKey;
}

function open(base: string, key: string): Promise<Phone> {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/ws/participant?key=${key}`, {
    perMessageDeflate: false,
  });
  const phone: Phone = { ws, next: 1, waiting: new Map() };
  ws.on('message', (data) => {
    const text = String(data);
    // Pushes (the view, the member's own state) are what the phone would render: not needed here.
    if (!text.startsWith('{"kind":"response"')) return;
    const frame = JSON.parse(text) as { id: number; result: { ok: boolean } };
    phone.waiting.get(frame.id)?.(frame.result.ok);
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(phone));
    ws.once('error', reject);
  });
}

function call(phone: Phone, channel: string, request: unknown): Promise<boolean> {
  const id = phone.next++;
  return new Promise((resolve) => {
    phone.waiting.set(id, (ok) => {
      phone.waiting.delete(id);
      resolve(ok);
    });
    phone.ws.send(JSON.stringify({ id, channel, request }));
  });
}

let phones: Phone[] = [];

async function setUp({ base, codes }: Setup) {
  const keys: string[] = new Array<string>(codes.length);
  await limited(codes, 20, async (code, i) => void (keys[i] = await join(base, code)));
  phones = new Array<Phone>(codes.length);
  await limited(keys, 20, async (key, i) => void (phones[i] = await open(base, key)));
  let signedIn = 0;
  await limited(
    phones,
    20,
    async (phone) => void ((await call(phone, 'participant/signIn', {})) && signedIn++),
  );
  send({ kind: 'ready', signedIn });
}

async function vote(voteId: string, windowMs: number) {
  const sent: number[] = [];
  const answered: number[] = [];
  let refused = 0;
  const start = now();
  await Promise.all(
    phones.map(async (phone, i) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * windowMs));
      sent[i] = now();
      const ok = await call(phone, 'participant/vote', {
        voteId,
        ballotId: `bench-ballot-${i}-${Math.floor(start)}`,
        choice: ['yes', 'no', 'abstain'][i % 3],
      });
      answered[i] = now();
      if (!ok) refused++;
    }),
  );
  send({ kind: 'voted', sent, answered, refused });
}

process.on('message', (message: { kind: string } & Record<string, unknown>) => {
  if (message.kind === 'setUp') void setUp(message as unknown as Setup);
  if (message.kind === 'vote') void vote(String(message.voteId), Number(message.windowMs));
  // How far this process's shared clock has drifted from the wall clock (the pages say theirs).
  if (message.kind === 'clock') send({ kind: 'clock', drift: Date.now() - now() });
  if (message.kind === 'stop') {
    for (const phone of phones) phone.ws.terminate();
    process.exit(0);
  }
});
