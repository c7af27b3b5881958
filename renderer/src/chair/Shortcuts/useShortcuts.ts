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

/** True while a modal dialog is open that this key must not reach behind. */
function modalBlocks(code: string): boolean {
  const modal = document.querySelector('dialog:modal');
  if (!modal) return false;
  return !(code === 'KeyH' && modal.classList.contains('help-overlay'));
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
        if (modalBlocks(event.code)) return;
        event.preventDefault();
        store.getState().setHelpOpen(true);
        return;
      }
      const ctrl = event.ctrlKey;
      const shortcut = SHORTCUTS.find((s) => s.code === event.code && Boolean(s.ctrl) === ctrl);
      if (!shortcut || event.repeat) return;
      // A modal dialog keeps its own keys (H still closes the help overlay). The DOM is asked, not
      // the store: after Esc the dialog is shut at once, while its close event reaches the store
      // a moment later, and a key typed in that moment must not be lost.
      if (modalBlocks(shortcut.code)) return;
      event.preventDefault();
      shortcut.run(store.getState());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, store]);
}
