import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModal } from '../chair/use-modal';
import { SigningPanel } from './SigningPanel';
import { VerifyPanel } from './VerifyPanel';

// Loaded when the dialog opens: the issuing body's form and schemas are not on the first screen.
const IssuerPanel = lazy(() =>
  import('./IssuerPanel').then((module) => ({ default: module.IssuerPanel })),
);

/** Settings (the issuing body, the signing certificate) and "verify a document", in one dialog from the header. */
export function SettingsDialog() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // The saved 发文单位, so the certificate panel can offer a certificate under that name.
  const [issuerName, setIssuerName] = useState('');
  const { ref: dialogRef, onClose: onDialogClose } = useModal(
    open,
    useCallback(() => setOpen(false), []),
  );
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('ui:settings.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="settings-dialog"
        aria-labelledby="settings-title"
        onClose={onDialogClose}
      >
        <div className="settings-head">
          <h1 id="settings-title">{t('ui:settings.title')}</h1>
          <button type="button" onClick={() => setOpen(false)}>
            {t('ui:settings.close')}
          </button>
        </div>
        {open ? (
          <div className="settings-body">
            <section className="panel issuer-panel">
              <Suspense fallback={null}>
                <IssuerPanel onName={setIssuerName} />
              </Suspense>
            </section>
            <SigningPanel issuerName={issuerName} />
            <VerifyPanel />
          </div>
        ) : null}
      </dialog>
    </>
  );
}
