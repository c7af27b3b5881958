import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanStatus } from '../../../shared/api';
import { useAppStore } from '../store/context';
import { LanPanel } from './LanPanel';
import { WindowPanel } from './WindowPanel';

/**
 * The chair's controls for what the room sees: blank the projector (a break), freeze it (keep the
 * picture while preparing the next step), switch light/dark for the room's lighting, and the
 * read-only LAN display for other screens and phones.
 */
export function ProjectorControls() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const control = useAppStore((state) => state.control);
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const [lan, setLan] = useState<LanStatus | null>(null);

  useEffect(() => {
    if (!open) return;
    void api.call('lan/status', {}).then((result) => {
      if (result.ok) setLan(result.value);
    });
  }, [open, api]);

  const setControl = async (patch: {
    blank?: boolean;
    frozen?: boolean;
    theme?: 'light' | 'dark';
  }) => {
    const result = await api.call('projector/setControl', patch);
    reportError('projector', result.ok ? null : result.error);
  };

  return (
    <div className="pc">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="projector-controls"
        onClick={() => setOpen(!open)}
      >
        {t('ui:projectorControls.open')}
        {control.blank ? ` · ${t('ui:projectorControls.blanked')}` : ''}
        {control.frozenAt !== null ? ` · ${t('ui:projectorControls.frozen')}` : ''}
      </button>
      {open ? (
        <div
          className="pc-panel"
          id="projector-controls"
          role="group"
          aria-label={t('ui:projectorControls.heading')}
        >
          <label className="pc-row">
            <input
              type="checkbox"
              checked={control.blank}
              onChange={(event) => void setControl({ blank: event.target.checked })}
            />
            {t('ui:projectorControls.blank')}
          </label>
          <label className="pc-row">
            <input
              type="checkbox"
              checked={control.frozenAt !== null}
              onChange={(event) => void setControl({ frozen: event.target.checked })}
            />
            {t('ui:projectorControls.freeze')}
          </label>
          <label className="pc-row">
            {t('ui:projectorControls.theme')}
            <select
              value={control.theme}
              onChange={(event) =>
                void setControl({ theme: event.target.value === 'dark' ? 'dark' : 'light' })
              }
            >
              <option value="light">{t('ui:projectorControls.light')}</option>
              <option value="dark">{t('ui:projectorControls.dark')}</option>
            </select>
          </label>
          <WindowPanel />
          <LanPanel status={lan} onChange={setLan} />
        </div>
      ) : null}
    </div>
  );
}
