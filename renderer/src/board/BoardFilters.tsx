import { useTranslation } from 'react-i18next';
import type { BoardFilter, BoardMeeting } from '../../../shared/followup';
import { itemStatusSchema, type ItemStatus } from '../../../shared/followup/vocabulary';

type Props = Readonly<{
  filter: BoardFilter;
  meetings: readonly BoardMeeting[];
  owners: readonly string[];
  onChange(filter: BoardFilter): void;
}>;

/** The board's filters: meeting, owner, status and overdue only; each change narrows at once. */
export function BoardFilters({ filter, meetings, owners, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Record<keyof BoardFilter, unknown>>) => {
    const next: Record<string, unknown> = { ...filter, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    onChange(next as BoardFilter);
  };
  const status = typeof filter.status === 'string' ? filter.status : '';
  return (
    <fieldset className="board-filters">
      <legend>{t('ui:board.filters')}</legend>
      <label>
        {t('ui:board.col.meeting')}
        <select
          value={filter.meetingId ?? ''}
          onChange={(e) => set({ meetingId: e.target.value || undefined })}
        >
          <option value="">{t('ui:board.allMeetings')}</option>
          {meetings.map((m) => (
            <option key={m.meetingId} value={m.meetingId}>
              {m.meetingDate} {m.meetingTitle}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ui:board.col.owner')}
        <select
          value={filter.owner ?? ''}
          onChange={(e) => set({ owner: e.target.value || undefined })}
        >
          <option value="">{t('ui:board.allOwners')}</option>
          {owners.map((owner) => (
            <option key={owner} value={owner}>
              {owner}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ui:board.col.status')}
        <select
          value={status}
          onChange={(e) => set({ status: (e.target.value || undefined) as ItemStatus | undefined })}
        >
          <option value="">{t('ui:board.allStatuses')}</option>
          {itemStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`followup:label.itemStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="board-check">
        <input
          type="checkbox"
          checked={filter.overdueOnly === true}
          onChange={(e) => set({ overdueOnly: e.target.checked || undefined })}
        />
        {t('ui:board.overdueOnly')}
      </label>
    </fieldset>
  );
}
