/** Marked by the chair's home screen once it shows the meetings and can be clicked. */
const INTERACTIVE_MARK = 'yishiting:interactive';
/** A console that opens straight into a meeting never marks it: load the fallback anyway. */
const LATEST_START_MS = 3_000;

let loading: Promise<unknown> | null = null;

/** Adds the full fonts' stylesheet (once); Vite turns the import into a <link rel=stylesheet>. */
export function loadFallbackFonts(): Promise<unknown> {
  loading ??= import('./fallback');
  return loading;
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2_000 });
  else setTimeout(run, 0);
}

/**
 * The chair console loads the fallback once its first screen can be clicked and the page is idle.
 * A screen that others read from afar (the projector, the LAN display) asks for it at once: it
 * shows names the chair typed, and a missing glyph there is seen by the whole room.
 */
export function scheduleFallbackFonts(view: 'chair' | 'projector' | 'lan'): void {
  if (view !== 'chair') {
    void loadFallbackFonts();
    return;
  }
  const start = () => whenIdle(() => void loadFallbackFonts());
  if (performance.getEntriesByName(INTERACTIVE_MARK).length > 0) {
    start();
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(INTERACTIVE_MARK).length > 0) once();
  });
  const timer = setTimeout(() => once(), LATEST_START_MS);
  const once = () => {
    observer.disconnect();
    clearTimeout(timer);
    start();
  };
  observer.observe({ type: 'mark' });
}
