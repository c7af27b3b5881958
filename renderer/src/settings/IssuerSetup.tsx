import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { afterFirstScreen } from '../first-screen';
import { useAppStore } from '../store/context';

// The form and its schemas load when the offer is shown (the settings answer says so), after the
// first screen.
const IssuerPanel = lazy(() =>
  import('./IssuerPanel').then((module) => ({ default: module.IssuerPanel })),
);

/**
 * The first-run offer on the home screen: until the issuing body has been saved once, the
 * 发文单位 and its phones can be filled in here, before the first notice or certificate needs
 * them (the certificate made at the first export takes this name). Gone once saved.
 */
export function IssuerSetup() {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const connected = useAppStore((state) => state.connected);
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (!connected) return;
    let live = true;
    let cancel = () => {};
    void api.call('settings/get', {}).then((result) => {
      if (!live) return;
      if (!(result.ok && result.value.notice !== null)) return setShow(false);
      // The form's code and schemas load and render once the meeting list can be clicked.
      cancel = afterFirstScreen(() => setShow(true));
    });
    return () => {
      live = false;
      cancel();
    };
  }, [api, connected]);
  if (!show) return null;
  return (
    <section className="panel issuer-setup" aria-labelledby="issuer-setup-heading">
      <h2 id="issuer-setup-heading">{t('ui:issuer.setupHeading')}</h2>
      <Suspense fallback={null}>
        <IssuerPanel compact onSaved={() => setShow(false)} />
      </Suspense>
    </section>
  );
}
