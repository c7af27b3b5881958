import { useContext, useEffect } from 'react';
import { StoreContext } from '../../store/context';
import { SHORTCUTS } from './shortcuts';

/** Typing in a field never triggers a shortcut. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/**
 * The run screen's keys. Keys without a modifier act only when focus is not in a field; Ctrl+Z
 * undoes the last meeting step outside fields (inside one it undoes typing, as everywhere), and
 * Esc leaves a field.
 */
export function useShortcuts(enabled: boolean): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!enabled || !store) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.altKey || event.metaKey) return;
      if (typing(event.target)) {
        // Esc leaves the field, so the keys work again without reaching for the mouse.
        if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      if (event.code === 'F1' || (event.key === '?' && !event.ctrlKey)) {
        event.preventDefault();
        store.getState().setHelpOpen(true);
        return;
      }
      const ctrl = event.ctrlKey;
      const shortcut = SHORTCUTS.find((s) => s.code === event.code && Boolean(s.ctrl) === ctrl);
      if (!shortcut || event.repeat) return;
      // A dialog (the help overlay) keeps its own keys.
      if (store.getState().helpOpen && shortcut.code !== 'KeyH') return;
      event.preventDefault();
      shortcut.run(store.getState());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, store]);
}
