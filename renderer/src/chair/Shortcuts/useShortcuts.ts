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

/** What each field held when it got the focus (see meetingUndoInField). */
const atFocus = new WeakMap<HTMLElement, string>();

function rememberValue(event: FocusEvent): void {
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
    atFocus.set(target, target.value);
}

/**
 * The undo rule: Ctrl+Z in a field undoes the meeting's last step unless the chair has typed in
 * that field (then it undoes the typing, as everywhere). An empty field, a field unchanged since
 * it got the focus, a list or a checkbox has no typing of its own to undo: without this, V puts
 * the focus in the empty 赞成 box and Ctrl+Z edits some other field through the browser's
 * page-wide text history instead of reaching the meeting.
 */
export function meetingUndoInField(target: HTMLElement, before: string | undefined): boolean {
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement && !TEXT_INPUTS.has(target.type)) return true;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return false;
  return target.value === '' || target.value === before;
}

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'tel', 'url', 'email', 'password', '']);

/** True while a modal dialog is open that this key must not reach behind. */
function modalBlocks(code: string): boolean {
  const modal = document.querySelector('dialog:modal');
  if (!modal) return false;
  return !(code === 'KeyH' && modal.classList.contains('help-overlay'));
}

/**
 * The run screen's keys. Keys without a modifier act only when focus is not in a field; Ctrl+Z
 * undoes the last meeting step outside fields and in fields without typing of their own (see
 * meetingUndoInField), and Esc leaves a field. U and the 撤销 button always undo the meeting.
 */
export function useShortcuts(enabled: boolean): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!enabled || !store) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.altKey || event.metaKey) return;
      if (typing(event.target)) {
        const field = event.target as HTMLElement;
        // Esc leaves the field, so the keys work again without reaching for the mouse.
        if (event.key === 'Escape') field.blur();
        const undoKey = event.code === 'KeyZ' && event.ctrlKey && !event.shiftKey;
        if (undoKey && !modalBlocks('KeyZ') && meetingUndoInField(field, atFocus.get(field))) {
          event.preventDefault();
          void store.getState().undo();
        }
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
    window.addEventListener('focusin', rememberValue);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('focusin', rememberValue);
    };
  }, [enabled, store]);
}
