import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain';
import { useAppStore } from '../../store/context';

type Changes = Partial<Pick<AgendaItem, 'title' | 'presenter' | 'description'>>;

/**
 * An item's wording, opened from its row: 议题名称, 汇报人 and 议题说明, each saved when the
 * field is left. A field remounts when the stored value changes (an undo, another window), so it
 * never shows words the meeting does not hold.
 */
export function AgendaItemDetails({ item, source }: { item: AgendaItem; source: string }) {
  const { t } = useTranslation();
  const send = useAppStore((state) => state.send);
  const save = (changes: Changes) =>
    void send(source, { type: 'agenda/updateItem', itemId: item.itemId, ...changes });
  const id = (field: string) => `item-${field}-${item.itemId}`;
  return (
    <div
      className="agenda-details"
      role="group"
      aria-label={t('ui:chair.agenda.detailsOf', { title: item.title })}
    >
      <label htmlFor={id('title')}>{t('ui:chair.agenda.title')}</label>
      <input
        id={id('title')}
        key={`title:${item.title}`}
        defaultValue={item.title}
        maxLength={200}
        onBlur={(e) => {
          const title = e.target.value.trim();
          // A title cannot be blank: an emptied box gets the stored title back.
          if (title === '') e.target.value = item.title;
          else if (title !== item.title) save({ title });
        }}
      />
      <label htmlFor={id('presenter')}>{t('ui:chair.agenda.presenter')}</label>
      <input
        id={id('presenter')}
        key={`presenter:${item.presenter}`}
        defaultValue={item.presenter}
        maxLength={200}
        onBlur={(e) => {
          const presenter = e.target.value.trim();
          if (presenter !== item.presenter) save({ presenter });
        }}
      />
      <label htmlFor={id('description')}>{t('ui:chair.agenda.description')}</label>
      <textarea
        id={id('description')}
        key={`description:${item.description}`}
        defaultValue={item.description}
        maxLength={5000}
        rows={3}
        onBlur={(e) => {
          const description = e.target.value;
          if (description !== item.description) save({ description });
        }}
      />
    </div>
  );
}
