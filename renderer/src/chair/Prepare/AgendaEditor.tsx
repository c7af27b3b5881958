import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageSchema, triageSchema, type Stage, type Triage } from '../../../../shared/domain';
import { useAppStore } from '../../store/context';
import { newId } from '../../store/ids';
import { ErrorNote } from '../ErrorNote';
import { useIds, useMeeting } from '../meeting-hooks';
import { SortableList } from '../SortableList';

/** 议程: add items, set triage, stage and planned time, reorder by drag, keys or the arrows. */
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
    (id: string, index: number) => (
      <AgendaRow itemId={id} index={index} order={ids} onReorder={reorder} />
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
  return (
    <form
      className="agenda-add"
      onSubmit={(event) => {
        event.preventDefault();
        const minutes = Number(plannedMin);
        // The box empties at once for the next item; a refused one puts its title back.
        setTitle('');
        void send('agenda', {
          type: 'agenda/addItem',
          itemId: newId('item'),
          title,
          triage,
          ...(plannedMin.trim() !== '' ? { plannedMin: minutes } : {}),
        }).then((ok) => {
          if (!ok) setTitle((now) => (now === '' ? title : now));
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
  const send = useAppStore((state) => state.send);
  if (!item) return null;
  const update = (changes: { triage?: Triage; stage?: Stage; plannedMin?: number }) =>
    void send('agenda', { type: 'agenda/updateItem', itemId, ...changes });
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
    </div>
  );
});
