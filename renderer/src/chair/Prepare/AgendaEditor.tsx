import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageSchema, triageSchema, type Stage, type Triage } from '../../../../shared/domain';
import { useAppStore } from '../../store/context';
import { newId } from '../../store/ids';
import { ErrorNote } from '../ErrorNote';
import { useIds, useMeeting } from '../meeting-hooks';
import { SortableList } from '../SortableList';
import { AgendaItemDetails } from './AgendaItemDetails';

/**
 * 议程: add items with their 汇报人 and 议题说明, set triage, stage and planned time, edit their
 * wording, delete those not yet taken up, reorder by drag, keys or the arrows.
 */
export function AgendaEditor() {
  const { t } = useTranslation();
  const ids = useIds((state) => state.agendaOrder);
  const items = useMeeting((state) => state.items);
  const send = useAppStore((state) => state.send);
  const label = useCallback((id: string) => items?.[id]?.title ?? id, [items]);
  const reorder = useCallback(
    (order: readonly string[]) =>
      void send('agenda', { type: 'agenda/reorder', itemIds: [...order] }),
    [send],
  );
  const renderItem = useCallback(
    (id: string) => (
      <AgendaRow itemId={id} index={ids.indexOf(id)} order={ids} onReorder={reorder} />
    ),
    [ids, reorder],
  );
  return (
    <section className="panel agenda-editor" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">
        {t('ui:chair.agenda.heading')} <span className="badge">{ids.length}</span>
      </h2>
      <AddItem />
      {ids.length === 0 ? <p className="muted">{t('ui:chair.agenda.empty')}</p> : null}
      <SortableList
        ids={ids}
        className="agenda-list"
        itemLabel={label}
        onReorder={reorder}
        renderItem={renderItem}
      />
      <ErrorNote source="agenda" />
    </section>
  );
}

function AddItem() {
  const { t } = useTranslation();
  const send = useAppStore((state) => state.send);
  const [title, setTitle] = useState('');
  const [triage, setTriage] = useState<Triage>('minor');
  const [plannedMin, setPlannedMin] = useState('15');
  const [presenter, setPresenter] = useState('');
  const [description, setDescription] = useState('');
  return (
    <form
      className="agenda-add"
      onSubmit={(event) => {
        event.preventDefault();
        const minutes = Number(plannedMin);
        // The boxes empty at once for the next item; a refused one puts its words back.
        setTitle('');
        setPresenter('');
        setDescription('');
        void send('agenda', {
          type: 'agenda/addItem',
          itemId: newId('item'),
          title,
          triage,
          ...(plannedMin.trim() !== '' ? { plannedMin: minutes } : {}),
          ...(presenter.trim() !== '' ? { presenter: presenter.trim() } : {}),
          ...(description.trim() !== '' ? { description } : {}),
        }).then((ok) => {
          if (ok) return;
          setTitle((now) => (now === '' ? title : now));
          setPresenter((now) => (now === '' ? presenter : now));
          setDescription((now) => (now === '' ? description : now));
        });
      }}
    >
      <label htmlFor="item-title">{t('ui:chair.agenda.title')}</label>
      <input
        id="item-title"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor="item-triage">{t('ui:chair.agenda.triage')}</label>
      <select
        id="item-triage"
        value={triage}
        onChange={(e) => setTriage(triageSchema.parse(e.target.value))}
      >
        {triageSchema.options.map((v) => (
          <option key={v} value={v}>
            {t(`ui:chair.vocab.triage.${v}`)}
          </option>
        ))}
      </select>
      <label htmlFor="item-minutes">{t('ui:chair.agenda.planned')}</label>
      <input
        id="item-minutes"
        type="number"
        min={0}
        max={1440}
        value={plannedMin}
        onChange={(e) => setPlannedMin(e.target.value)}
      />
      <label htmlFor="item-presenter">{t('ui:chair.agenda.presenter')}</label>
      <input
        id="item-presenter"
        value={presenter}
        maxLength={200}
        onChange={(e) => setPresenter(e.target.value)}
      />
      <label htmlFor="item-description">{t('ui:chair.agenda.description')}</label>
      <textarea
        id="item-description"
        value={description}
        maxLength={5000}
        rows={2}
        onChange={(e) => setDescription(e.target.value)}
      />
      <button type="submit" disabled={title.trim() === ''}>
        {t('ui:chair.agenda.add')}
      </button>
    </form>
  );
}

type RowProps = Readonly<{
  itemId: string;
  index: number;
  order: readonly string[];
  onReorder(order: readonly string[]): void;
}>;

const AgendaRow = memo(function AgendaRow({ itemId, index, order, onReorder }: RowProps) {
  const { t } = useTranslation();
  const item = useMeeting((state) => state.items[itemId]);
  const closed = useMeeting((state) => state.meeting?.status === 'closed') ?? false;
  const send = useAppStore((state) => state.send);
  const [editing, setEditing] = useState(false);
  if (!item) return null;
  // Errors of this row show under it, where the chair is looking (e.g. why it cannot be deleted).
  const source = `agenda:${itemId}`;
  const update = (changes: { triage?: Triage; stage?: Stage; plannedMin?: number }) =>
    void send(source, { type: 'agenda/updateItem', itemId, ...changes });
  const move = (by: number) => {
    const next = [...order];
    const to = index + by;
    if (to < 0 || to >= next.length) return;
    [next[index], next[to]] = [next[to] ?? itemId, itemId];
    onReorder(next);
  };
  return (
    <div className="agenda-row">
      <span className="agenda-title">
        {item.title}
        {item.urgent ? <span className="badge warn">{t('ui:chair.item.urgent')}</span> : null}
        {item.presenter ? (
          <span className="agenda-presenter muted">
            {t('ui:chair.item.presenter', { name: item.presenter })}
          </span>
        ) : null}
      </span>
      <select
        aria-label={t('ui:chair.agenda.triageOf', { title: item.title })}
        value={item.triage}
        onChange={(e) => update({ triage: triageSchema.parse(e.target.value) })}
      >
        {triageSchema.options.map((v) => (
          <option key={v} value={v}>
            {t(`ui:chair.vocab.triage.${v}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('ui:chair.agenda.stageOf', { title: item.title })}
        value={item.stage}
        onChange={(e) => update({ stage: stageSchema.parse(e.target.value) })}
      >
        {stageSchema.options.map((v) => (
          <option key={v} value={v}>
            {t(`ui:chair.vocab.stage.${v}`)}
          </option>
        ))}
      </select>
      <input
        className="minutes"
        type="number"
        min={0}
        max={1440}
        aria-label={t('ui:chair.agenda.plannedOf', { title: item.title })}
        defaultValue={item.plannedMin}
        onBlur={(e) => {
          const minutes = Number(e.target.value);
          if (Number.isInteger(minutes) && minutes !== item.plannedMin)
            update({ plannedMin: minutes });
        }}
      />
      <button
        type="button"
        className="secondary small"
        aria-label={t('ui:chair.agenda.up', { title: item.title })}
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="secondary small"
        aria-label={t('ui:chair.agenda.down', { title: item.title })}
        disabled={index === order.length - 1}
        onClick={() => move(1)}
      >
        ↓
      </button>
      {/* Edit and delete wrap to the next line together when the column is narrow. */}
      <span className="agenda-actions">
        <button
          type="button"
          className="secondary small"
          aria-expanded={editing}
          aria-label={t('ui:chair.agenda.editOf', { title: item.title })}
          onClick={() => setEditing(!editing)}
        >
          {t('ui:chair.agenda.edit')}
        </button>
        <button
          type="button"
          className="secondary small danger"
          aria-label={t('ui:chair.agenda.deleteOf', { title: item.title })}
          disabled={closed}
          title={closed ? t('errors:meeting.closed') : undefined}
          onClick={() => void send(source, { type: 'agenda/removeItem', itemId })}
        >
          {t('ui:chair.agenda.delete')}
        </button>
      </span>
      {editing ? <AgendaItemDetails item={item} source={source} /> : null}
      <ErrorNote source={source} />
    </div>
  );
});
