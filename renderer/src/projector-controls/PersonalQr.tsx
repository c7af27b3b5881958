import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalQr as Shown, RoomStatus } from '../../../shared/api/room';
import { ErrorNote } from '../chair/ErrorNote';
import { useIds, useMeeting } from '../chair/meeting-hooks';
import { useModal } from '../chair/use-modal';
import { useAppStore } from '../store/context';

const SOURCE = 'room-personal';

/**
 * A member who walks up without their slip: the chair picks them and their own join QR shows on
 * this screen only. It is asked from main when shown and kept in this component alone, never in
 * the store, so nothing else of the console, and nothing pushed to a projector, can carry it.
 */
export function PersonalQrPicker({ room }: { room: RoomStatus }) {
  const { t } = useTranslation();
  const id = useId();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const memberIds = useIds((state) => state.memberOrder);
  const [memberId, setMemberId] = useState('');
  // The room's QR when the code was asked: a different one means the codes were rotated.
  const [open, setOpen] = useState<{ shown: Shown; roomQr: string | null } | null>(null);
  const shown = open?.shown ?? null;
  const picked = memberIds.includes(memberId) ? memberId : (memberIds[0] ?? '');
  const held = new Set(room.devices.map((device) => device.memberId));

  const show = async () => {
    const result = await api.call('room/personalQr', { memberId: picked });
    reportError(SOURCE, result.ok ? null : result.error);
    setOpen(result.ok ? { shown: result.value, roomQr: room.qrSvg } : null);
  };
  const close = useCallback(() => setOpen(null), []);
  // The code is done with once the member's phone has joined, or the codes changed under it:
  // forgotten at once (while rendering), so a later release does not bring the dialog back.
  if (open !== null && (held.has(open.shown.memberId) || open.roomQr !== room.qrSvg)) {
    setOpen(null);
  }

  return (
    <div className="pc-room-personal" role="group" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('ui:room.personal.heading')}</h4>
      <p className="muted">{t('ui:room.personal.hint')}</p>
      <div className="row wrap">
        <label htmlFor={`${id}-member`}>{t('ui:room.personal.member')}</label>
        <select
          id={`${id}-member`}
          value={picked}
          onChange={(event) => setMemberId(event.target.value)}
          data-testid="room-personal-member"
        >
          {memberIds.map((member) => (
            <MemberOption key={member} memberId={member} held={held.has(member)} />
          ))}
        </select>
        <button type="button" disabled={picked === ''} onClick={() => void show()}>
          {t('ui:room.personal.show')}
        </button>
      </div>
      <ErrorNote source={SOURCE} />
      <PersonalQrDialog shown={shown} onClose={close} />
    </div>
  );
}

function MemberOption({ memberId, held }: { memberId: string; held: boolean }) {
  const { t } = useTranslation();
  const name = useMeeting((state) => state.members[memberId]?.name) ?? '';
  return <option value={memberId}>{held ? t('ui:room.personal.hasPhone', { name }) : name}</option>;
}

/** The member's name, their QR as large as the laptop allows, and who may scan it. */
function PersonalQrDialog({ shown, onClose }: { shown: Shown | null; onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const { ref, onClose: closed } = useModal(shown !== null, onClose);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog personal-qr-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-warning`}
      onClose={closed}
      onCancel={onClose}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      data-testid="room-personal-dialog"
    >
      {shown ? (
        <div className="confirm-box personal-qr-box">
          <h2 id={`${id}-title`}>{shown.name}</h2>
          <img
            className="personal-qr"
            alt={t('ui:room.personal.qrAlt', { name: shown.name })}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(shown.qrSvg)}`}
            data-testid="room-personal-qr"
          />
          <p id={`${id}-warning`} className="personal-qr-warning">
            {t('ui:room.personal.warning')}
          </p>
          <button type="button" className="secondary" onClick={onClose} autoFocus>
            {t('ui:room.personal.close')}
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
