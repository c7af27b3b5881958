import { describe, expect, it } from 'vitest';
import { readAtMostEvery } from '../../../main/server/interfaces';

describe('readAtMostEvery', () => {
  it('reads once per period, again once the answer is that old, and again if the clock went back', () => {
    const clock = { now: 10_000 };
    let reads = 0;
    const read = readAtMostEvery(
      1_000,
      () => ++reads,
      () => clock.now,
    );
    expect([read(), read()]).toEqual([1, 1]);
    clock.now += 999;
    expect(read()).toBe(1);
    clock.now += 1;
    expect(read()).toBe(2);
    clock.now -= 5_000; // a clock set back must not keep an old answer for ever
    expect(read()).toBe(3);
  });
});
