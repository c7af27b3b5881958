import type { TFunction } from 'i18next';
import { memo, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  currentSpeech,
  type MeetingState,
  type QueueEntry,
  type Stance,
} from '../../../../shared/domain';
import { StoreContext, useAppStore } from '../../store/context';
import type { Store } from '../../store/store';
import { ErrorNote } from '../ErrorNote';
import { matchesName, useIds, useMeeting } from '../meeting-hooks';
import { Position, Positions, SortableList } from '../SortableList';

const MAX_MATCHES = 6;
/**
 * The head of the queue is sortable by drag and keys; further requests (shown on demand) are
 * plain rows with "to the front": every sortable row costs time on each change of the queue, and
 * no room gets through forty speakers before the chair looks again.
 */
const SORTABLE = 40;
const NONE: readonly string[] = [];

/** Present people who could ask for the floor now: not queued, not speaking, matching the search. */
function candidates(state: MeetingState, query: string): readonly string[] {
  if (query.trim() === '' || !state.currentItemId) return NONE;
  const queued = new Set((state.queues[state.currentItemId] ?? []).map((e) => e.memberId));
  const speaking = currentSpeech(state)?.memberId;
  const out: string[] = [];
  for (const id of state.memberOrder) {
    if (out.length >= MAX_MATCHES) break;
    const member = state.members[id];
    if (!member || queued.has(id) || id === speaking) continue;
    if (state.attendance[id]?.status !== 'present') continue;
    if (matchesName(member.name, query)) out.push(id);
  }
  return out;
}

/** 发言排队: add by name, drag (or keys) to reorder, withdraw; the head speaks next. */
export function SpeakerQueue() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const hasItem = useMeeting((state) => state.currentItemId !== null) ?? false;
  const queue = useIds((state) =>
    state.currentItemId ? (state.queues[state.currentItemId] ?? []).map((e) => e.memberId) : NONE,
  );
  const matches = useIds((state) => candidates(state, query));
  const members = useAppStore((state) => state.snapshot?.state.members);
  const requestFloor = useAppStore((state) => state.requestFloor);
  const reorderQueue = useAppStore((state) => state.reorderQueue);
  const withdraw = useAppStore((state) => state.withdraw);
  const add = (memberId: string, pointOfOrder = false) => {
    const asked = query;
    // The box empties at once so the next name can be typed; a refused request puts it back.
    setQuery('');
    void requestFloor(memberId, pointOfOrder).then((ok) => {
      if (!ok) setQuery((now) => (now === '' ? asked : now));
    });
  };
  const label = useCallback((id: string) => members?.[id]?.name ?? id, [members]);
  const renderItem = useCallback(
    (id: string) => <QueueRow memberId={id} onWithdraw={withdraw} t={t} />,
    [withdraw, t],
  );
  const head = useMemo(() => queue.slice(0, SORTABLE), [queue]);
  const rest = useMemo(() => (showAll ? queue.slice(SORTABLE) : NONE), [queue, showAll]);
  const restPositions = useMemo(
    () => new Map(rest.map((id, index) => [id, SORTABLE + 1 + index])),
    [rest],
  );
  const hidden = Math.max(0, queue.length - SORTABLE);
  // The queue is read at the click, not from this render: a callback that changed with every
  // queue change would re-render every row shown below the sortable head on each next speaker.
  const store = useContext(StoreContext);
  const toFront = useCallback(
    (memberId: string) => {
      const state = store?.getState().snapshot?.state;
      const itemId = state?.currentItemId;
      const ids = state && itemId ? (state.queues[itemId] ?? []).map((e) => e.memberId) : NONE;
      void reorderQueue([memberId, ...ids.filter((id) => id !== memberId)]);
    },
    [store, reorderQueue],
  );
  return (
    <section className="panel queue" aria-labelledby="queue-heading">
      <h2 id="queue-heading">
        {t('ui:chair.queue.heading')} <span className="badge">{queue.length}</span>
      </h2>
      <form
        className="queue-add"
        onSubmit={(event) => {
          event.preventDefault();
          const first = matches[0];
          if (first) add(first);
        }}
      >
        <input
          type="search"
          id="queue-search"
          className="search"
          aria-label={t('ui:chair.queue.search')}
          placeholder={t('ui:chair.queue.search')}
          value={query}
          disabled={!hasItem}
          onChange={(event) => setQuery(event.target.value)}
        />
      </form>
      {matches.length > 0 ? (
        <ul className="queue-matches" aria-label={t('ui:chair.queue.matches')}>
          {matches.map((id) => (
            <li key={id} className="row">
              <button type="button" className="secondary grow" onClick={() => add(id)}>
                {t('ui:chair.queue.add', { name: label(id) })}
              </button>
              <button type="button" className="secondary" onClick={() => add(id, true)}>
                {t('ui:chair.queue.addPointOfOrder')}
              </button>
            </li>
          ))}
        </ul>
      ) : query.trim() !== '' ? (
        <p className="muted">{t('ui:chair.queue.noMatch')}</p>
      ) : null}
      {!hasItem ? <p className="muted">{t('ui:chair.queue.noItem')}</p> : null}
      {hasItem && queue.length === 0 ? <p className="muted">{t('ui:chair.queue.empty')}</p> : null}
      <div className="queue-scroll">
        <SortableList
          ids={head}
          className="queue-list"
          itemLabel={label}
          onReorder={(ids) => void reorderQueue([...ids, ...queue.slice(ids.length)])}
          renderItem={renderItem}
        />
        {rest.length > 0 ? (
          <Positions.Provider value={restPositions}>
            <ol className="queue-list" start={SORTABLE + 1}>
              {rest.map((id) => (
                <RestRow key={id} memberId={id} onFront={toFront} onWithdraw={withdraw} t={t} />
              ))}
            </ol>
          </Positions.Provider>
        ) : null}
      </div>
      {hidden > 0 ? (
        <button type="button" className="secondary small" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('ui:chair.queue.showFewer') : t('ui:chair.queue.showAll', { count: hidden })}
        </button>
      ) : null}
      <ErrorNote source="queue" />
    </section>
  );
}

type RowProps = Readonly<{
  memberId: string;
  onFront?: (memberId: string) => void;
  onWithdraw(memberId: string): Promise<boolean>;
  t: TFunction;
}>;

/** A row below the sortable head: its number changes as the queue moves, the row need not. */
const RestRow = memo(function RestRow(props: RowProps) {
  return (
    <li className="sortable-row">
      <Position id={props.memberId} />
      <QueueRow {...props} />
    </li>
  );
});

const entriesOf = new WeakMap<readonly QueueEntry[], ReadonlyMap<string, QueueEntry>>();

/** A member's request in the queue on the floor: one map per queue, not a search per row. */
function queueEntry(state: MeetingState, memberId: string): QueueEntry | undefined {
  const queue = state.currentItemId ? state.queues[state.currentItemId] : undefined;
  if (!queue) return undefined;
  let entries = entriesOf.get(queue);
  if (!entries) {
    entries = new Map(queue.map((entry) => [entry.memberId, entry]));
    entriesOf.set(queue, entries);
  }
  return entries.get(memberId);
}

type Row = Readonly<{ name: string; pointOfOrder: boolean; stance: Stance }>;

/** A row's part of the store as one value, the same object while it does not change. */
function rowOf(memberId: string): (store: Store) => Row {
  let last: Row | null = null;
  return (store) => {
    const state = store.snapshot?.state;
    const name = state?.members[memberId]?.name ?? memberId;
    const entry = state ? queueEntry(state, memberId) : undefined;
    const pointOfOrder = entry?.pointOfOrder ?? false;
    const stance = entry?.stance ?? 'neutral';
    if (last?.name !== name || last.pointOfOrder !== pointOfOrder || last.stance !== stance)
      last = { name, pointOfOrder, stance };
    return last;
  };
}

/** One store subscription per row; what all rows share (t, the actions) comes as props. */
const QueueRow = memo(function QueueRow({ memberId, onFront, onWithdraw, t }: RowProps) {
  const { name, pointOfOrder, stance } = useAppStore(useMemo(() => rowOf(memberId), [memberId]));
  return (
    <div className="queue-row">
      <span className="queue-name">{name}</span>
      {/* Asked for with a stance (a phone's 赞成/反对): the chair sees it to alternate sides. */}
      {stance !== 'neutral' ? (
        <span className={`badge stance-${stance}`}>{t(`domain:stance.${stance}`)}</span>
      ) : null}
      {pointOfOrder ? <span className="badge warn">{t('ui:chair.queue.pointOfOrder')}</span> : null}
      {onFront ? (
        <button
          type="button"
          className="secondary small"
          onClick={() => onFront(memberId)}
          aria-label={t('ui:chair.queue.toFrontName', { name })}
        >
          {t('ui:chair.queue.toFront')}
        </button>
      ) : null}
      <button
        type="button"
        className="secondary small"
        onClick={() => void onWithdraw(memberId)}
        aria-label={t('ui:chair.queue.withdrawName', { name })}
      >
        {t('ui:chair.queue.withdraw')}
      </button>
    </div>
  );
});
