import { afterFirstScreen } from '../first-screen';

let loading: Promise<unknown> | null = null;

/** Adds the full fonts' stylesheet (once); Vite turns the import into a <link rel=stylesheet>. */
export function loadFallbackFonts(): Promise<unknown> {
  loading ??= import('./fallback');
  return loading;
}

/**
 * The chair console loads the fallback once its first screen can be clicked and the page is idle.
 * A screen that others read from afar (the projector, the LAN display) asks for it at once: it
 * shows names the chair typed, and a missing glyph there is seen by the whole room. The phone page
 * shows the same names (the roster to pick from, the speaker) and loads it at once too.
 */
export function scheduleFallbackFonts(view: 'chair' | 'projector' | 'lan' | 'join'): void {
  if (view !== 'chair') {
    void loadFallbackFonts();
    return;
  }
  afterFirstScreen(() => void loadFallbackFonts());
}
