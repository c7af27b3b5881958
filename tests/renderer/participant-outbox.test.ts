import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api';
import { createOutbox, type PendingBallot } from '../../renderer/src/participant/outbox';
import { memoryStorage } from './memory-storage';

const disconnected: Result<unknown> = {
  ok: false,
  error: { code: 'api.disconnected', params: {} },
};
const counted: Result<unknown> = { ok: true, value: { counted: true } };

function harness(answers: Result<unknown>[]) {
  const sent: PendingBallot[] = [];
  let next = 0;
  const storage = memoryStorage();
  const send = (ballot: PendingBallot) => {
    sent.push(ballot);
    return Promise.resolve(answers.shift() ?? counted);
  };
  const outbox = createOutbox(storage, send, () => `ballot-${++next}`);
  return { sent, storage, outbox, send };
}

// A ballot must survive a dropped Wi-Fi or a sleeping phone, and never be counted twice.
describe('the ballot outbox', () => {
  it('keeps an unanswered ballot and sends it again with the same id', async () => {
    const { sent, outbox } = harness([disconnected, counted]);
    expect(await outbox.cast('K', 'v1', 'yes')).toEqual({ status: 'kept' });
    expect(outbox.pending('K')).toMatchObject({
      voteId: 'v1',
      choice: 'yes',
      ballotId: 'ballot-1',
    });
    expect(await outbox.resend('K')).toEqual({ status: 'counted' });
    expect(sent.map((ballot) => ballot.ballotId)).toEqual(['ballot-1', 'ballot-1']);
    expect(outbox.pending('K')).toBeNull();
    expect(await outbox.resend('K')).toBeNull();
  });

  it('survives a reload: a new outbox on the same storage re-sends the kept ballot', async () => {
    const first = harness([disconnected]);
    await first.outbox.cast('K', 'v1', 'no');
    const sent: PendingBallot[] = [];
    const reloaded = createOutbox(
      first.storage,
      (ballot) => (sent.push(ballot), Promise.resolve(counted)),
      () => 'never',
    );
    await reloaded.resend('K');
    expect(sent).toEqual([{ owner: 'K', voteId: 'v1', ballotId: 'ballot-1', choice: 'no' }]);
    expect(first.storage.data.size).toBe(0);
  });

  it('drops a refused ballot and says why', async () => {
    const refused: Result<unknown> = { ok: false, error: { code: 'vote.notOpen', params: {} } };
    const { outbox } = harness([refused]);
    expect(await outbox.cast('K', 'v1', 'yes')).toEqual({
      status: 'refused',
      error: refused.error,
    });
    expect(outbox.pending('K')).toBeNull();
  });

  it('a changed choice gets a new id, and the old answer does not clear it', async () => {
    let release: (result: Result<unknown>) => void = () => undefined;
    const storage = memoryStorage();
    let next = 0;
    const sent: PendingBallot[] = [];
    const outbox = createOutbox(
      storage,
      (ballot) => {
        sent.push(ballot);
        return sent.length === 1
          ? new Promise((resolve) => (release = resolve))
          : Promise.resolve(disconnected);
      },
      () => `b${++next}`,
    );
    const first = outbox.cast('K', 'v1', 'yes');
    await outbox.cast('K', 'v1', 'no');
    release(counted);
    await first;
    expect(outbox.pending('K')).toMatchObject({ ballotId: 'b2', choice: 'no' });
  });

  it('never re-sends another device key’s ballot', async () => {
    const { outbox, sent } = harness([disconnected]);
    await outbox.cast('OLD', 'v1', 'yes');
    expect(outbox.pending('NEW')).toBeNull();
    expect(await outbox.resend('NEW')).toBeNull();
    expect(sent).toHaveLength(1);
    outbox.clear();
    expect(outbox.pending('OLD')).toBeNull();
  });
});
