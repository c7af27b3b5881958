import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterFirstScreen, INTERACTIVE_MARK } from '../../renderer/src/first-screen';

// Issue 15: work the home screen does not need (the board's code and registry, the fallback
// fonts) waits until that screen can be clicked, not merely for an idle moment: the page is idle
// while the meeting list is on its way, and work started then competes with drawing it.
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => performance.clearMarks(INTERACTIVE_MARK));
afterEach(() => performance.clearMarks(INTERACTIVE_MARK));

describe('work after the first screen', () => {
  it('waits for the interactive mark, even while the page is idle', async () => {
    let ran = 0;
    const cancel = afterFirstScreen(() => (ran += 1));
    await settle(60);
    expect(ran).toBe(0);
    performance.mark(INTERACTIVE_MARK);
    await settle(60);
    expect(ran).toBe(1);
    cancel();
  });

  it('runs soon when the screen is already interactive', async () => {
    performance.mark(INTERACTIVE_MARK);
    let ran = 0;
    afterFirstScreen(() => (ran += 1));
    await settle(30);
    expect(ran).toBe(1);
  });

  it('runs nothing once cancelled (a component gone before the mark)', async () => {
    let ran = 0;
    const cancel = afterFirstScreen(() => (ran += 1));
    cancel();
    performance.mark(INTERACTIVE_MARK);
    await settle(60);
    expect(ran).toBe(0);
  });
});
