import { describe, expect, it, vi } from 'vitest';
import { handleRequest, type Handlers } from '../../../main/backend/gate';
import { checkSender, ipcRequestHandler } from '../../../main/electron/ipc-gate';
import type { Role } from '../../../shared/api';

describe('IPC sender check', () => {
  it('accepts the main frame of a known window on app://yishiting', () => {
    expect(checkSender({ frameUrl: 'app://yishiting/', isMainFrame: true, role: 'chair' })).toEqual(
      {
        ok: true,
        value: 'chair',
      },
    );
    expect(
      checkSender({ frameUrl: 'app://yishiting/projector', isMainFrame: true, role: 'projector' }),
    ).toEqual({
      ok: true,
      value: 'projector',
    });
  });

  it.each([
    [
      'an unknown window',
      { frameUrl: 'app://yishiting/', isMainFrame: true, role: null },
      'ipc.unknownWindow',
    ],
    [
      'a sub-frame',
      { frameUrl: 'app://yishiting/', isMainFrame: false, role: 'chair' as const },
      'ipc.notMainFrame',
    ],
    [
      'a web origin',
      { frameUrl: 'https://evil.example/', isMainFrame: true, role: 'chair' as const },
      'ipc.foreignOrigin',
    ],
    [
      'file://',
      { frameUrl: 'file:///tmp/x.html', isMainFrame: true, role: 'chair' as const },
      'ipc.foreignOrigin',
    ],
    [
      'another app host',
      { frameUrl: 'app://other/', isMainFrame: true, role: 'chair' as const },
      'ipc.foreignOrigin',
    ],
    [
      'no URL',
      { frameUrl: undefined, isMainFrame: true, role: 'chair' as const },
      'ipc.foreignOrigin',
    ],
  ])('refuses %s', (_name, sender, code) => {
    const result = checkSender(sender);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});

describe('IPC request handler (sender check, then the backend gate with the real schemas)', () => {
  const chairFrame = { url: 'app://yishiting/' };
  const projectorFrame = { url: 'app://yishiting/projector' };
  const roles = new Map([
    [1, 'chair' as const],
    [2, 'projector' as const],
  ]);

  function setup() {
    const reached = vi.fn();
    const handlers = new Proxy(
      {},
      {
        get: () => (request: unknown) => {
          reached(request);
          return Promise.resolve({ ok: true as const, value: { version: 1 } });
        },
      },
    ) as unknown as Handlers;
    const handle = (role: Role, channel: unknown, payload: unknown) =>
      handleRequest(handlers, role, channel, payload);
    return { reached, handlerFor: ipcRequestHandler(handle, (id) => roles.get(id) ?? null) };
  }

  const valid = { meetingId: 'm1', command: { type: 'display/setMessage', text: '请入座' } };

  it('lets a valid command from the chair window through', async () => {
    const { reached, handlerFor } = setup();
    const result = await handlerFor('meeting/dispatch')(
      { sender: { id: 1, mainFrame: chairFrame }, senderFrame: chairFrame },
      valid,
    );
    expect(result.ok).toBe(true);
    expect(reached).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a wrong channel', 1, chairFrame, chairFrame, 'meeting/drop', valid, 'api.unknownChannel'],
    [
      'the projector window dispatching',
      2,
      projectorFrame,
      projectorFrame,
      'meeting/dispatch',
      valid,
      'api.forbidden',
    ],
    [
      'the projector window listing meetings',
      2,
      projectorFrame,
      projectorFrame,
      'meetings/list',
      {},
      'api.forbidden',
    ],
    [
      'a foreign origin in the chair window',
      1,
      { url: 'https://evil.example/' },
      'same',
      'meeting/dispatch',
      valid,
      'ipc.foreignOrigin',
    ],
    [
      'a sub-frame of the chair window',
      1,
      chairFrame,
      { url: 'app://yishiting/' },
      'meeting/dispatch',
      valid,
      'ipc.notMainFrame',
    ],
    [
      'an unknown window',
      9,
      chairFrame,
      chairFrame,
      'meeting/dispatch',
      valid,
      'ipc.unknownWindow',
    ],
    [
      'a malformed command',
      1,
      chairFrame,
      chairFrame,
      'meeting/dispatch',
      { meetingId: 'm1', command: { type: 'display/setMessage' } },
      'api.malformed',
    ],
    [
      'a command with an extra key',
      1,
      chairFrame,
      chairFrame,
      'meeting/dispatch',
      { ...valid, command: { ...valid.command, at: 0 } },
      'api.malformed',
    ],
    [
      'a non-object payload',
      1,
      chairFrame,
      chairFrame,
      'meeting/dispatch',
      'DROP TABLE',
      'api.malformed',
    ],
    [
      'an oversized text',
      1,
      chairFrame,
      chairFrame,
      'meeting/dispatch',
      { meetingId: 'm1', command: { type: 'display/setMessage', text: 'x'.repeat(501) } },
      'api.malformed',
    ],
  ] as const)(
    'rejects %s and reaches no handler',
    async (_name, id, mainFrame, senderFrame, channel, payload, code) => {
      const { reached, handlerFor } = setup();
      const frame = senderFrame === 'same' ? mainFrame : senderFrame;
      const result = await handlerFor(channel)(
        { sender: { id, mainFrame }, senderFrame: frame },
        payload,
      );
      expect(result).toMatchObject({ ok: false, error: { code } });
      expect(reached).not.toHaveBeenCalled();
    },
  );
});
