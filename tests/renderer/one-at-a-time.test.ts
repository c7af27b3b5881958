import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../renderer/src/chair/Run/one-at-a-time';

/** An action whose answers the test releases by hand, recording each key it ran for. */
function held() {
  const ran: string[] = [];
  const release: Array<() => void> = [];
  const run = (key: string) =>
    new Promise<boolean>((resolve) => {
      ran.push(key);
      release.push(() => resolve(true));
    });
  return { ran, release, run };
}

describe('oneAtATime (a sign-in card clicked twice quickly)', () => {
  it('ignores a second call for a key whose first has not answered', async () => {
    const { ran, release, run } = held();
    const once = oneAtATime(run);
    const first = once('m1');
    const second = once('m1');
    expect(await second).toBeNull();
    release[0]?.();
    expect(await first).toBe(true);
    expect(ran).toEqual(['m1']);
  });

  it('runs other keys at the same time, and the same key again once answered', async () => {
    const { ran, release, run } = held();
    const once = oneAtATime(run);
    const a = once('m1');
    const b = once('m2');
    expect(ran).toEqual(['m1', 'm2']);
    release.forEach((go) => go());
    await Promise.all([a, b]);
    const again = once('m1');
    release[2]?.();
    expect(await again).toBe(true);
    expect(ran).toEqual(['m1', 'm2', 'm1']);
  });

  it('frees the key when the action fails', async () => {
    let calls = 0;
    const once = oneAtATime(async () => {
      calls += 1;
      if (calls === 1) throw new Error('socket closed');
      return true;
    });
    await expect(once('m1')).rejects.toThrow('socket closed');
    expect(await once('m1')).toBe(true);
  });
});
