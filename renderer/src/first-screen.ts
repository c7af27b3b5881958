/** Marked by the chair's home screen once it shows the meetings and can be clicked (Home.tsx). */
export const INTERACTIVE_MARK = 'yishiting:interactive';
/** A console that opens straight into a meeting never marks it: start the deferred work anyway. */
const LATEST_START_MS = 3_000;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  // The timeout bounds the wait on a busy page.
  const id = requestIdleCallback(run, { timeout: 2_000 });
  return () => cancelIdleCallback(id);
}

/**
 * Runs work the first screen does not need (the fallback fonts, the board's code and data) once
 * that screen can be clicked and the page is idle, so it never competes with the screen itself:
 * an idle moment while the meeting list is still on its way is not "after". Returns a cancel.
 */
export function afterFirstScreen(run: () => void): () => void {
  let cancelIdle: (() => void) | null = null;
  const start = () => {
    cancelIdle ??= whenIdle(run);
  };
  if (performance.getEntriesByName(INTERACTIVE_MARK).length > 0) {
    start();
    return () => cancelIdle?.();
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(INTERACTIVE_MARK).length > 0) once();
  });
  const timer = setTimeout(() => once(), LATEST_START_MS);
  const stopWaiting = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  const once = () => {
    stopWaiting();
    start();
  };
  observer.observe({ type: 'mark' });
  return () => {
    stopWaiting();
    cancelIdle?.();
  };
}
