import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { useModal } from '../use-modal';
import { SHORTCUTS } from './shortcuts';

/** The list of keys, in a modal dialog: Esc or the button closes it, focus returns where it was. */
export function HelpOverlay() {
  const { t } = useTranslation();
  const open = useAppStore((state) => state.helpOpen);
  const setHelpOpen = useAppStore((state) => state.setHelpOpen);
  const { ref: dialogRef, onClose: onDialogClose } = useModal(
    open,
    useCallback(() => setHelpOpen(false), [setHelpOpen]),
  );
  return (
    <dialog
      ref={dialogRef}
      className="help-overlay"
      aria-labelledby="help-heading"
      onClose={onDialogClose}
    >
      <h2 id="help-heading">{t('ui:chair.shortcuts.heading')}</h2>
      <p className="muted">{t('ui:chair.shortcuts.intro')}</p>
      <table className="help-table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.key}>
              <th scope="row">
                <kbd>{shortcut.key}</kbd>
              </th>
              <td>{t(shortcut.label)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>?</kbd> / <kbd>F1</kbd>
            </th>
            <td>{t('ui:chair.shortcuts.help')}</td>
          </tr>
          <tr>
            <th scope="row">
              <kbd>Esc</kbd>
            </th>
            <td>{t('ui:chair.shortcuts.leaveField')}</td>
          </tr>
        </tbody>
      </table>
      <p className="help-undo-rule" data-testid="undo-rule">
        {t('ui:chair.safety.undoRule')}
      </p>
      <button type="button" autoFocus onClick={() => setHelpOpen(false)}>
        {t('ui:chair.common.close')}
      </button>
    </dialog>
  );
}
