import type { IncomingMessage } from 'node:http';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { hubHostGate } from '../../../main/hub/server/host-gate';

// The hub answers only requests that name it in Host: a page on a foreign name that resolves to
// the hub (DNS rebinding) sends its own name there. The server's refusal is in server.test.ts.

const asking = (host: string | undefined) => ({ headers: { host } }) as unknown as IncomingMessage;

describe("the hub's Host gate", () => {
  it('on loopback: only loopback names on its own port', () => {
    const ok = hubHostGate('127.0.0.1', 8790);
    expect(ok(asking('127.0.0.1:8790'))).toBe(true);
    expect(ok(asking('localhost:8790'))).toBe(true);
    expect(ok(asking('[::1]:8790'))).toBe(true);
    expect(ok(asking('evil.example:8790'))).toBe(false);
    expect(ok(asking('127.0.0.1:8791'))).toBe(false);
    expect(ok(asking(undefined))).toBe(false);
    expect(ok(asking('127.0.0.1:8790/x'))).toBe(false);
  });

  it("listening for the office: this machine's names too, and the public names given", () => {
    const ok = hubHostGate('0.0.0.0', 8790, ['Hub.JieDao.example']);
    expect(ok(asking(`${hostname().toLowerCase()}:8790`))).toBe(true);
    expect(ok(asking('127.0.0.1:8790'))).toBe(true);
    // A TLS proxy in front answers on 443: the name given is enough, whatever the port.
    expect(ok(asking('hub.jiedao.example'))).toBe(true);
    expect(ok(asking('hub.jiedao.example:443'))).toBe(true);
    expect(ok(asking('evil.example:8790'))).toBe(false);
    expect(ok(asking('jiedao.example:8790'))).toBe(false);
  });
});
