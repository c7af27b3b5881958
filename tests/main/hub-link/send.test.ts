import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHubLink } from '../../../main/hub-link/link-file';
import { readHubLinkLog } from '../../../main/hub-link/log-file';
import { hubLinkService, type HubLinkService } from '../../../main/hub-link/service';
import { emptyFollowup } from '../../../shared/followup';
import { laptop, removeDir, SEED_FILES, source } from '../bundle/fixture';

// Sending against a stand-in hub that behaves badly on purpose: a refusal does not stop the
// other meetings, a hub that drops the connection stops the run (the rest "not delivered",
// never tried), the log keeps what was learned, and the next send posts only what is missing.

type Answer = (response: ServerResponse) => void;
let answers: Answer[] = [];
const posted: number[] = [];
let server: Server;
let address = '';
let dataDir = '';
let service: HubLinkService;

const accepted =
  (sequence: number, missing: number[] = []): Answer =>
  (s) =>
    s
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ accepted: true, sha256: 'x', sequence, missing }));

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      posted.push(Buffer.concat(chunks).length);
      const answer = answers.shift();
      if (answer) answer(response);
      else request.socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dataDir = (await laptop(SEED_FILES)).dataDir;
  await writeHubLink(dataDir, {
    version: 1,
    address,
    communityId: 'c1',
    communityName: '幸福里',
    token: 'tok_0123456789abcdefghij',
    enrolledAt: '2026-06-01T08:00:00.000Z',
  });
  const none = () => Promise.reject(new Error('unused'));
  service = hubLinkService({
    dataDir,
    identity: none,
    closedMeetings: () =>
      Promise.resolve(SEED_FILES.map((meetingId) => ({ meetingId, title: meetingId, date: '' }))),
    bundleSource: source(dataDir),
    followup: { state: emptyFollowup, dispatch: none },
    clock: () => Date.parse('2026-06-02T08:00:00Z'),
  });
}, 120_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  removeDir(dataDir);
});

describe('sending to a hub that refuses one bundle and then drops the line', () => {
  it('keeps going after a refusal, stops at a lost connection, and resends only what is missing', async () => {
    const message = {
      'zh-CN': 'PDF 签名损坏',
      'zh-TW': 'PDF 簽章損壞',
      en: 'A PDF signature is broken',
    };
    answers = [
      accepted(1),
      (s) =>
        s
          .writeHead(422, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ accepted: false, code: 'pdfSignature', params: {}, message })),
      // the third: the connection is dropped (no answer)
    ];
    const first = await service.send('en');
    expect(first.results.map((r) => [r.meetingId, r.status, r.sequence])).toEqual([
      [SEED_FILES[0], 'accepted', 1],
      [SEED_FILES[1], 'refused', 2],
      [SEED_FILES[2], 'failed', 3],
    ]);
    expect(first.results[1]!.reason).toBe('A PDF signature is broken');
    expect(first.results[2]!.reason).toContain('Cannot reach the street office');
    expect(posted).toHaveLength(3);
    const log = await readHubLinkLog(dataDir, address, 'c1');
    expect(
      Object.values(log.bundles)
        .map((b) => b.status)
        .sort(),
    ).toEqual(['accepted', 'failed', 'refused']);

    // The hub is back: the accepted bundle is not posted again; the other two are.
    posted.length = 0;
    answers = [accepted(2), accepted(3)];
    const second = await service.send('zh-CN');
    expect(second.results.map((r) => r.status)).toEqual(['replayed', 'accepted', 'accepted']);
    expect(posted).toHaveLength(2);
    // The log's view, as the dialog shows it on opening: every meeting delivered.
    const status = await service.status('zh-CN');
    expect(status.sends.map((r) => r.status).sort()).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('stops a whole run on 401 but keeps the log of what went before', async () => {
    posted.length = 0;
    answers = [
      (s) => s.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":"x"}'),
    ];
    // Every bundle is known as delivered: nothing is posted, so no 401 either.
    const quiet = await service.send('zh-CN');
    expect(posted).toHaveLength(0);
    expect(quiet.results.every((r) => r.status === 'replayed')).toBe(true);
    await expect(service.sync('zh-CN')).rejects.toMatchObject({ code: 'hubLink.unauthorized' });
  });
});
