import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../main/backend/backend';
import { attach } from '../../../main/server/app-server';

// The gate answers every refusal as a typed result, so a handler that throws is a bug of ours.
// The window's socket is closed (it reconnects), and the error is said on the server's stderr:
// an e2e failure where a window only "lost its connection" must leave a trace to read.

afterEach(() => vi.restoreAllMocks());

class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  sent: string[] = [];
  closed: Array<[number, string]> = [];
  send(text: string) {
    this.sent.push(text);
  }
  close(code: number, reason: string) {
    this.closed.push([code, reason]);
  }
}

describe('a handler that throws', () => {
  it('closes that socket with 1011 and says which role and channel on stderr', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const backend = {
      hub: { subscribe: () => () => undefined },
      initialPushes: () => [],
      handle: () => Promise.reject(new Error('a bug in a handler')),
    } as unknown as Backend;
    const ws = new FakeSocket();
    attach(backend, ws as unknown as WebSocket, 'chair');
    ws.emit(
      'message',
      Buffer.from(JSON.stringify({ id: 1, channel: 'queue/reorder', request: {} })),
      false,
    );
    await vi.waitFor(() => expect(ws.closed).toEqual([[1011, 'internal error']]));
    expect(errors).toHaveBeenCalledWith(
      'yishiting serve: chair queue/reorder: Error: a bug in a handler',
    );
    expect(ws.sent).toEqual([]);
  });
});
