import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';

type Props = Readonly<{ memberId: string; name: string; phone: string }>;

/**
 * A member's phone in the roster table, editable after an import: saved when the chair leaves the
 * box or presses Enter, Esc puts the saved number back. Private to the chair: this table is the
 * only screen that shows it (the projector and LAN views are built without it).
 */
export function PhoneCell({ memberId, name, phone }: Props) {
  const { t } = useTranslation();
  const send = useAppStore((state) => state.send);
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft === null) return;
    const sent = draft.trim();
    if (sent === phone) {
      setDraft(null);
      return;
    }
    // A refused number stays in the box, with the reason under the table, until it is fixed.
    void send('roster', { type: 'roster/updateMember', memberId, phone: sent }).then((ok) => {
      if (ok) setDraft((now) => (now === draft ? null : now));
    });
  };
  return (
    <input
      className="roster-phone"
      type="tel"
      aria-label={t('ui:chair.roster.phoneOf', { name })}
      value={draft ?? phone}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.nativeEvent.isComposing) return;
        if (event.key === 'Enter') save();
        if (event.key === 'Escape') setDraft(null);
      }}
    />
  );
}
