import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModal } from './use-modal';

type Props = Readonly<{
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}>;

/**
 * Asks before a step that cannot be taken back. The confirm button has the focus, so the keyboard
 * flow stays one key longer (V, Enter); Esc, the cancel button or a click beside the box cancels.
 */
export function ConfirmDialog({ open, title, body, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { ref, onClose } = useModal(open, onCancel);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // After useModal's effect has shown the dialog: showModal would focus the first button anyway,
  // but saying so keeps Enter on "confirm" whatever the order of the buttons.
  useEffect(() => {
    if (open) confirmRef.current?.focus();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onClose}
      // Esc answers at once: the close event comes a task later, and a V pressed in between must
      // open the question again rather than be swallowed by the stale close.
      onCancel={onCancel}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself, outside its box.
        if (event.target === event.currentTarget) onCancel();
      }}
    >
      <div className="confirm-box">
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-body`}>{body}</p>
        <div className="row wrap">
          <button ref={confirmRef} type="button" className="danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t('ui:chair.common.cancel')}
          </button>
        </div>
        <p className="muted confirm-keys">{t('ui:chair.safety.keys')}</p>
      </div>
    </dialog>
  );
}
