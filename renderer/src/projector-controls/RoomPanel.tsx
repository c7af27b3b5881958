import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomStatus } from '../../../shared/api/room';
import { ErrorNote } from '../chair/ErrorNote';
import { useExport } from '../chair/Documents/use-export';
import { WaitingList } from '../chair/Run/WaitingList';
import { useAppStore } from '../store/context';
import { roomHere } from '../store/room-slice';
import { PersonalQrPicker } from './PersonalQr';
import { groupCode, typedAddress } from '../projector/room-code';
import '../styles/chair-room.css';

/**
 * 现场互动: members take part from their own phones. Off by default; on, it shows the room QR,
 * the address to type and the short code, explains the Wi-Fi and firewall, prints the personal
 * slips, lists who waits and which phones joined (each can be released), and rotates every code.
 */
export function RoomPanel() {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const meetingId = useAppStore((state) => state.snapshot?.meetingId ?? null);
  const roomAct = useAppStore((state) => state.roomAct);
  const room = useAppStore(roomHere);
  const elsewhere = useAppStore((state) =>
    state.room?.enabled && state.room.meetingId !== meetingId ? true : false,
  );
  if (!meetingId) return null;
  const set = (enabled: boolean) =>
    void roomAct('room', api.call('room/set', { enabled, meetingId }));
  return (
    <section className="pc-room" aria-labelledby="room-heading" data-testid="room-panel">
      <h3 id="room-heading">{t('ui:room.heading')}</h3>
      <p className="muted">{t('ui:room.hint')}</p>
      <label className="pc-row">
        <input
          type="checkbox"
          checked={room !== null}
          onChange={(event) => set(event.target.checked)}
          data-testid="room-toggle"
        />
        {t('ui:room.on')}
      </label>
      {elsewhere ? <p className="muted">{t('ui:room.otherMeeting')}</p> : null}
      <ErrorNote source="room" />
      {room ? <RoomOn room={room} /> : null}
    </section>
  );
}

function RoomOn({ room }: { room: RoomStatus }) {
  const { t } = useTranslation();
  return (
    <>
      {room.qrSvg ? (
        <img
          className="pc-room-qr"
          alt={t('ui:room.qrAlt')}
          data-testid="room-qr"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(room.qrSvg)}`}
        />
      ) : null}
      {room.shortCode ? (
        <p className="pc-room-code">
          <span className="muted">{t('ui:room.shortCode')}</span>
          <strong data-testid="room-short-code">{groupCode(room.shortCode)}</strong>
        </p>
      ) : null}
      <div>
        <p className="muted pc-room-label">{t('ui:room.addresses')}</p>
        <ul className="pc-urls" data-testid="room-urls">
          {[...new Set(room.urls.map(typedAddress))].map((address) => (
            <li key={address}>
              <code>{address}</code>
            </li>
          ))}
        </ul>
      </div>
      <p className="pc-room-help">{t('ui:room.help')}</p>
      <WaitingList id="panel" />
      <Devices room={room} />
      <Slips />
      <PersonalQrPicker room={room} />
      <Rotate />
    </>
  );
}

function Devices({ room }: { room: RoomStatus }) {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const roomAct = useAppStore((state) => state.roomAct);
  return (
    <div className="pc-room-devices">
      <h4>{t('ui:room.devices', { count: room.devices.length })}</h4>
      {room.devices.length === 0 ? <p className="muted">{t('ui:room.noDevices')}</p> : null}
      <ul data-testid="room-devices">
        {room.devices.map((device) => (
          <li key={device.memberId} className="pc-room-device">
            <span className="pc-room-device-name">{device.name}</span>
            <span className="muted">
              {t(device.how === 'slip' ? 'ui:room.howSlip' : 'ui:room.howRoom')} ·{' '}
              {t(device.connected ? 'ui:room.online' : 'ui:room.offline')}
            </span>
            <button
              type="button"
              className="secondary"
              aria-label={t('ui:room.releaseName', { name: device.name })}
              onClick={() =>
                void roomAct('room', api.call('room/release', { memberId: device.memberId }))
              }
            >
              {t('ui:room.release')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Slips() {
  const { t } = useTranslation();
  const { busy, saved, exportPdf } = useExport('room-slips');
  return (
    <div className="pc-room-slips">
      <button type="button" disabled={busy} onClick={() => void exportPdf({ kind: 'slips' })}>
        {t('ui:room.slips')}
      </button>
      <p className="muted">{t('ui:room.slipsHint')}</p>
      {saved ? (
        <p className="muted" role="status">
          {t('ui:room.slipsSaved', { file: saved })}
        </p>
      ) : null}
      <ErrorNote source="room-slips" />
    </div>
  );
}

/** Every code changes and every phone must scan again: asked once more before it happens. */
function Rotate() {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const roomAct = useAppStore((state) => state.roomAct);
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {t('ui:room.rotate')}
      </button>
    );
  return (
    <div className="pc-room-rotate" role="group" aria-labelledby="room-rotate-ask">
      <p id="room-rotate-ask">{t('ui:room.rotateConfirm')}</p>
      <div className="row wrap">
        <button
          type="button"
          className="danger"
          onClick={() => {
            setAsking(false);
            void roomAct('room', api.call('room/rotate', {}));
          }}
        >
          {t('ui:room.rotateYes')}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)} autoFocus>
          {t('ui:room.cancel')}
        </button>
      </div>
    </div>
  );
}
