import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { admitRead } from '../../../main/server/admit-read';
import { SECURITY_HEADERS } from '../../../main/server/security';

// The checks both listeners (the app server and the LAN display) start every request with.
const policy = { port: 5000, lan: false };

function answer(method: string, host: string | undefined, url = '/projector') {
  const headers = new Map<string, unknown>();
  let status: number | null = null;
  const response = {
    setHeader: (name: string, value: unknown) => headers.set(name, value),
    writeHead: (code: number) => {
      status = code;
      return response;
    },
    end: () => response,
  } as unknown as ServerResponse;
  const request = { method, url, headers: host === undefined ? {} : { host } } as IncomingMessage;
  const admitted = admitRead(request, response, policy);
  return { admitted: admitted?.pathname ?? null, status, headers };
}

describe('admitRead', () => {
  it('admits a GET or HEAD naming this machine, with the security headers set', () => {
    const got = answer('GET', 'localhost:5000');
    expect(got).toMatchObject({ admitted: '/projector', status: null });
    for (const name of Object.keys(SECURITY_HEADERS)) expect(got.headers.has(name)).toBe(true);
    expect(answer('HEAD', '127.0.0.1:5000').admitted).toBe('/projector');
  });

  it('answers 421 to another host, 405 to another method, and admits neither', () => {
    expect(answer('GET', 'evil.example:5000')).toMatchObject({ admitted: null, status: 421 });
    expect(answer('GET', undefined)).toMatchObject({ admitted: null, status: 421 });
    expect(answer('POST', 'localhost:5000')).toMatchObject({ admitted: null, status: 405 });
  });
});
