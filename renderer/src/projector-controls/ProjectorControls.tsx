import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanStatus } from '../../../shared/api';
import { isLocale, LOCALES, type Locale } from '../../../shared/i18n';
import { useAppStore } from '../store/context';
import { LanPanel } from './LanPanel';
import { RoomPanel } from './RoomPanel';
import { usePanelPlace } from './use-panel-place';
import { WindowPanel } from './WindowPanel';

/**
 * The chair's controls for what the room sees: blank the projector (a break), freeze it (keep the
 * picture while preparing the next step), switch light/dark for the room's lighting, and the
 * read-only LAN display for other screens and phones. On a wide run screen the panel drops over the
 * sign-in column (use-panel-place.ts); narrower, it opens as a strip under the header that pushes
 * the screen down. Either way it never covers the timer, the vote being counted or 撤销.
 */
export function ProjectorControls() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const control = useAppStore((state) => state.control);
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const [lan, setLan] = useState<LanStatus | null>(null);
  const loadRoom = useAppStore((state) => state.loadRoom);
  // Turning the room on turns the LAN display on too: its status is asked again then.
  const roomOn = useAppStore((state) => state.room?.enabled ?? false);
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = usePanelPlace(open);

  // Like any pop-up: Esc or a click elsewhere closes it (Esc gives the focus back to its button).
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('dialog:modal')) return;
      setOpen(false);
      toggle.current?.focus();
    };
    // On click, not pointerdown: the panel's strip leaves once the click has reached its target,
    // so the screen does not move up under a click that is still in progress.
    // The path as it was at the click: a button inside that its own click replaced (rotate's
    // second ask) is no longer in the panel by the time the click reaches the window.
    // A download's own click on a link (saving the slips) is the page's, not the chair's.
    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted) return;
      if (box.current && !event.composedPath().includes(box.current)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('click', onClick);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    void api.call('lan/status', {}).then((result) => {
      if (result.ok) setLan(result.value);
    });
  }, [open, api, roomOn]);

  useEffect(() => {
    if (open) void loadRoom();
  }, [open, loadRoom]);

  const setControl = async (patch: {
    blank?: boolean;
    frozen?: boolean;
    theme?: 'light' | 'dark';
    locale?: Locale | null;
  }) => {
    const result = await api.call('projector/setControl', patch);
    reportError('projector', result.ok ? null : result.error);
  };

  return (
    <div className="pc" ref={box}>
      <button
        ref={toggle}
        type="button"
        className="pc-toggle"
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
          ref={panel}
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
          <label className="pc-row">
            {t('ui:projectorControls.language')}
            <select
              value={control.locale ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                void setControl({ locale: isLocale(value) ? value : null });
              }}
            >
              <option value="">{t('ui:projectorControls.languageSame')}</option>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {t(`ui:locales.${locale}`)}
                </option>
              ))}
            </select>
          </label>
          <WindowPanel />
          {/* The room first: while phones join, its code and waiting list are what the chair reads. */}
          <RoomPanel />
          <LanPanel status={lan} onChange={setLan} />
        </div>
      ) : null}
    </div>
  );
}
