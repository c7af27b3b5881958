import '../styles/projector-room.css';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomDisplay } from '../../../shared/api/room';
import { addressParts, groupCode, typedAddress } from './room-code';

/**
 * 现场互动 on the projector: the room QR, the address to type and the short code, large enough to
 * read from the back of the room. It has a column of its own beside the board (never over it) and
 * steps aside while a vote's result is shown. Never a personal code: main sends only the room's.
 */
export const RoomCorner = memo(
  function RoomCorner({ room }: { room: RoomDisplay }) {
    const { t } = useTranslation();
    return (
      <aside
        className="pj-room"
        aria-label={t('ui:room.projector.join')}
        data-testid="projector-room"
      >
        <p className="pj-room-title">{t('ui:room.projector.join')}</p>
        <img
          className="pj-room-qr"
          alt={t('ui:room.projector.qrAlt')}
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(room.qrSvg)}`}
        />
        <p className="pj-room-url" data-testid="projector-room-url">
          {addressParts(typedAddress(room.url)).map((part, index) => (
            // A break may come between the scheme, the host and the port, never inside a number.
            <span key={index}>
              {index > 0 ? <wbr /> : null}
              {part}
            </span>
          ))}
        </p>
        <p className="pj-room-code">
          <span>{t('ui:room.projector.code')}</span>
          <strong data-testid="projector-room-code">{groupCode(room.shortCode)}</strong>
        </p>
      </aside>
    );
  },
  // Every projector frame brings the room again (a new object with the same words): the QR's
  // data URL and the address are made again only when they change.
  (before, after) =>
    before.room.url === after.room.url &&
    before.room.shortCode === after.room.shortCode &&
    before.room.qrSvg === after.room.qrSvg,
);
