import { describe, expect, it, vi } from 'vitest';
import { handleRequest, type Handlers } from '../../../main/backend/gate';

/** Handlers that record what reached them: the gate must let nothing malformed through. */
function spyHandlers() {
  const reached = vi.fn();
  const handler = (request: unknown) => {
    reached(request);
    return Promise.resolve({ ok: true as const, value: [] });
  };
  const handlers = new Proxy({}, { get: () => handler }) as unknown as Handlers;
  return { handlers, reached };
}

describe('the backend gate (shared by IPC and WebSocket)', () => {
  it('passes a valid chair request to its handler', async () => {
    const { handlers, reached } = spyHandlers();
    const result = await handleRequest(handlers, 'chair', 'meetings/list', {});
    expect(result.ok).toBe(true);
    expect(reached).toHaveBeenCalledWith({});
  });

  it.each([
    ['an unknown channel', 'chair', 'meetings/drop', {}, 'api.unknownChannel'],
    ['a non-string channel', 'chair', 42, {}, 'api.unknownChannel'],
    ['a prototype key as channel', 'chair', '__proto__', {}, 'api.unknownChannel'],
    [
      'the projector dispatching',
      'projector',
      'meeting/dispatch',
      { meetingId: 'm1', command: { type: 'display/clearMessage' } },
      'api.forbidden',
    ],
    ['the LAN page listing meetings', 'lan', 'meetings/list', {}, 'api.forbidden'],
    ['an extra field', 'chair', 'meetings/list', { drop: true }, 'api.malformed'],
    ['a missing field', 'chair', 'meeting/open', {}, 'api.malformed'],
    [
      'a hostile meeting id',
      'chair',
      'meeting/open',
      { meetingId: '../../etc/passwd' },
      'api.malformed',
    ],
    [
      'an unknown command',
      'chair',
      'meeting/dispatch',
      { meetingId: 'm1', command: { type: 'meeting/explode' } },
      'api.malformed',
    ],
    ['a null payload', 'chair', 'meeting/dispatch', null, 'api.malformed'],
  ] as const)('rejects %s and reaches no handler', async (_name, role, channel, payload, code) => {
    const { handlers, reached } = spyHandlers();
    const result = await handleRequest(handlers, role, channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(reached).not.toHaveBeenCalled();
  });

  it('turns a handler exception into a typed error', async () => {
    const handlers = new Proxy(
      {},
      { get: () => () => Promise.reject(new Error('disk on fire')) },
    ) as unknown as Handlers;
    expect(await handleRequest(handlers, 'chair', 'meetings/list', {})).toEqual({
      ok: false,
      error: { code: 'api.internal', params: { message: 'disk on fire' } },
    });
  });
});
