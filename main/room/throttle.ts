/**
 * Runs `work` at once, then at most once per `ms`: calls in between are folded into one run at
 * the end of the window. A storm of changes (a room of phones voting) reaches every phone as a
 * few frames with the latest state, not one frame per ballot per phone.
 */
export function throttle(
  work: () => void,
  ms: number | (() => number),
): Readonly<{ run(): void; cancel(): void }> {
  let timer: NodeJS.Timeout | null = null;
  let pending = false;
  const fire = () => {
    if (!pending) {
      timer = null;
      return;
    }
    pending = false;
    work();
    timer = setTimeout(fire, typeof ms === 'number' ? ms : ms());
  };
  return {
    run: () => {
      if (timer) {
        pending = true;
        return;
      }
      work();
      timer = setTimeout(fire, typeof ms === 'number' ? ms : ms());
    },
    cancel: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = false;
    },
  };
}
