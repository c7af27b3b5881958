import { describe, expect, it } from 'vitest';
import { handleRequest, type Handlers } from '../../../main/backend/gate';
import { RepositoryError } from '../../../main/backend/repository';

/** Handlers that all throw `error`, as a storage call deep inside a handler may. */
function throwing(error: unknown): Handlers {
  const handler = () => Promise.reject(error);
  return new Proxy({}, { get: () => handler }) as unknown as Handlers;
}

describe('the gate and errors a handler throws', () => {
  it('passes a storage error on as its typed error, so the chair reads its words', async () => {
    const error = { code: 'error.unrecoverable', params: { meetingId: 'm1' } };
    const result = await handleRequest(
      throwing(new RepositoryError(error)),
      'chair',
      'meetings/list',
      {},
    );
    expect(result).toEqual({ ok: false, error });
  });

  it('still hides anything else behind api.internal', async () => {
    const result = await handleRequest(throwing(new Error('boom')), 'chair', 'meetings/list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'api.internal', params: { message: 'boom' } },
    });
  });
});
