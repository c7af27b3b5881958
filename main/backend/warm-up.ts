import { preloadSegmenter } from '../pdf';

// jieba's dictionary (titles break between words, main/pdf/segment.ts) costs about 0.3 s of CPU
// to build. Built lazily, that lands on the first export the chair asks for; built once the
// backend has started and the event loop is free, the first export never waits for it.

/** Schedules `load` for when start-up's own work is done; the timer never keeps Node alive. */
export function warmUpWhenIdle(load: () => void = preloadSegmenter): void {
  const timer = setTimeout(() => {
    try {
      load();
    } catch {
      // A segmenter that cannot load is loaded (or replaced by Intl.Segmenter) at first use.
    }
  }, 0);
  timer.unref?.();
}
