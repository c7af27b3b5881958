import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hubAddress } from '../../../main/hub-link/address';
import { enrol, fetchSync, MAX_REPLY_BYTES, postBundle } from '../../../main/hub-link/client';
import { describeRefusal } from '../../../main/hub-link/describe';
import { writeHubLink } from '../../../main/hub-link/link-file';
import { hubLinkService } from '../../../main/hub-link/service';
import { HUB_LINK_ERROR_CODES } from '../../../shared/api/hub-link';
import { emptyFollowup } from '../../../shared/followup';
import { LOCALES, translator } from '../../../shared/i18n';
import { describeError } from '../../../shared/i18n/describe-error';
import { removeDir, tempDir } from '../bundle/fixture';

// The hub link's HTTP client against a stand-in hub (a node:http server answering what the
// real hub answers in each case): addresses, a hub that is down or silent, 401, 422 and junk.
// The real hub is met in tests/main/hub/acceptance.test.ts.

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let answer: Handler = (_q, s) => s.writeHead(500).end();
let server: Server;
let address = '';
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    request.resume();
    request.on('end', () => answer(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => (seen.length = 0));

const json =
  (status: number, body: unknown): Handler =>
  (_q, s) =>
    s.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

const call = (over = {}) =>
  ({ address, token: 'tok_0123456789abcdefghij', locale: 'en', ...over }) as const;

describe('the hub address', () => {
  it('takes http(s) URLs only, without credentials, query or fragment; canonical without /', () => {
    expect(hubAddress(' http://192.168.1.20:8790/ ')).toBe('http://192.168.1.20:8790');
    expect(hubAddress('https://hub.jiedao.example/yishiting/')).toBe(
      'https://hub.jiedao.example/yishiting',
    );
    for (const bad of [
      '',
      '192.168.1.20:8790',
      'ftp://hub.example',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://staff:secret@hub.example',
      'http://hub.example/?token=1',
      'http://hub.example/#x',
    ])
      expect(() => hubAddress(bad), bad).toThrow(
        expect.objectContaining({ code: 'hubLink.badAddress' }),
      );
  });
});

describe('the hub link client', () => {
  it('says the hub cannot be reached when nothing listens there', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const down = `http://127.0.0.1:${port}`;
    await expect(fetchSync(call({ address: down }), 0)).rejects.toMatchObject({
      code: 'hubLink.unreachable',
      params: { address: down },
    });
  });

  it('gives up on a hub that does not answer, after the timeout', async () => {
    answer = () => undefined; // never answers
    await expect(fetchSync(call({ timeoutMs: 300 }), 0)).rejects.toMatchObject({
      code: 'hubLink.timeout',
    });
    server.closeAllConnections();
  });

  it('turns 401 into "enrol again", and a reply that is not JSON into badReply', async () => {
    answer = json(401, { error: 'unauthorized', message: 'no' });
    await expect(fetchSync(call(), 0)).rejects.toMatchObject({ code: 'hubLink.unauthorized' });
    answer = (_q, s) =>
      s.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>Bad gateway</h1>');
    await expect(fetchSync(call(), 0)).rejects.toMatchObject({
      code: 'hubLink.badReply',
      params: { status: 502 },
    });
  });

  it('does not read a reply larger than any hub answer', async () => {
    answer = (_q, s) => {
      s.writeHead(200, { 'Content-Type': 'application/json' });
      s.end(`{"comments":[],"pad":"${'x'.repeat(MAX_REPLY_BYTES)}"}`);
    };
    await expect(fetchSync(call(), 0)).rejects.toMatchObject({
      code: 'hubLink.badReply',
      params: { status: 200 },
    });
  });

  it('sends the token as a bearer, the bundle as application/zip, the chair’s language', async () => {
    answer = json(200, { accepted: true, sha256: 'x', sequence: 2, missing: [1] });
    const reply = await postBundle(call({ locale: 'zh-TW' }), new Uint8Array([80, 75, 3, 4]));
    expect(reply).toEqual({ accepted: true, missing: [1] });
    const request = seen[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/community/bundles');
    expect(request.headers.authorization).toBe('Bearer tok_0123456789abcdefghij');
    expect(request.headers['content-type']).toBe('application/zip');
    expect(request.headers['accept-language']).toBe('zh-TW');
  });

  it('reads a 422 refusal with the hub’s words in every language, or ours by its code', async () => {
    const message = {
      'zh-CN': '街道办：顺序不对',
      'zh-TW': '街道辦：順序不對',
      en: 'Hub: out of order',
    };
    answer = json(422, {
      accepted: false,
      code: 'outOfOrder',
      params: { sequence: 2 },
      message,
      quarantineId: 7,
    });
    const refused = await postBundle(call(), new Uint8Array([1]));
    expect(refused).toMatchObject({ accepted: false, code: 'outOfOrder', message });
    if (refused.accepted) throw new Error('accepted');
    expect(describeRefusal(refused.code, refused.params, refused.message, 'zh-TW')).toBe(
      '街道辦：順序不對',
    );
    // A hub that sent no words: the local catalogue, by code, in the chair's language.
    answer = json(422, { accepted: false, code: 'badSignature', params: {} });
    const bare = await postBundle(call(), new Uint8Array([1]));
    if (bare.accepted) throw new Error('accepted');
    const zh = describeRefusal(bare.code, bare.params, bare.message, 'zh-CN');
    expect(zh).toBe(
      translator('zh-CN')('storage:bundle.refused.badSignature', { file: '', detail: '' }),
    );
    expect(zh).not.toContain('badSignature');
  });

  it('refuses enrolment with the hub’s reason; accepts the id, name and token', async () => {
    answer = json(422, { error: 'codeUsed', message: 'This enrolment code was already used' });
    await expect(enrol({ address, locale: 'en' }, 'ABCD-EFGH-JKLM', 'PEM')).rejects.toMatchObject({
      code: 'hubLink.enrolRefused',
      params: { reason: 'This enrolment code was already used' },
    });
    answer = json(200, { communityId: 'c1', communityName: '幸福里', token: 'x'.repeat(43) });
    await expect(enrol({ address, locale: 'en' }, 'ABCD-EFGH-JKLM', 'PEM')).resolves.toMatchObject({
      communityId: 'c1',
    });
    // Before enrolment there is no token to send.
    expect(seen.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('fails a sync on 401 through the service, keeping the link for the chair to re-enrol', async () => {
    const dataDir = tempDir('yst-hublink-');
    try {
      await writeHubLink(dataDir, {
        version: 1,
        address,
        communityId: 'c1',
        communityName: '幸福里',
        token: 'tok_0123456789abcdefghij',
        enrolledAt: '2026-06-01T08:00:00.000Z',
      });
      const none = () => Promise.reject(new Error('unused'));
      const service = hubLinkService({
        dataDir,
        identity: none,
        closedMeetings: () => Promise.resolve([]),
        bundleSource: { dataDir, identity: none, events: none, followup: none },
        followup: { state: emptyFollowup, dispatch: none },
        clock: () => 0,
      });
      answer = json(401, { error: 'unauthorized' });
      await expect(service.sync('zh-CN')).rejects.toMatchObject({ code: 'hubLink.unauthorized' });
      expect((await service.status('zh-CN')).linked).toBe(true);
    } finally {
      removeDir(dataDir);
    }
  });

  it('has words for every hub link failure in all three languages', () => {
    for (const locale of LOCALES)
      for (const code of HUB_LINK_ERROR_CODES) {
        const words = describeError(translator(locale), {
          code,
          params: { address: 'http://h', seconds: 20, status: 500, reason: 'r', keptAs: 'q' },
        });
        expect(words, `${locale} ${code}`).not.toContain(code);
        expect(words).not.toMatch(/\{\{/);
      }
  });
});
