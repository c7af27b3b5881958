import { useCallback, useEffect, useRef } from 'react';

/**
 * Shows a `<dialog>` as a modal while `open` holds. Esc closes the dialog natively and reports it
 * through `onClose`; that event arrives a task later, so a dialog closed and opened again at once
 * (a quick double click) would be shut by the old event: only a dialog that is really closed
 * reports `onClosed`.
 */
export function useModal(open: boolean, onClosed: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const onClose = useCallback(() => {
    if (!ref.current?.open) onClosed();
  }, [onClosed]);
  return { ref, onClose };
}
