import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { createContext, memo, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  ids: readonly string[];
  /** Called with the new order after a drag (by pointer or by keyboard: space, arrows, space). */
  onReorder(ids: readonly string[]): void;
  /**
   * One row's content, after the drag handle and the position number. Keep it stable (a
   * memoised callback returning a memoised component): a row renders again only when its id,
   * label or this callback change, not when rows around it come and go.
   */
  renderItem(id: string): ReactNode;
  className?: string;
  /** What a row is called in the screen-reader announcements and the handle's label. */
  itemLabel(id: string): string;
}>;

/** Module constants: new sensor options on a render would hand every row a new dnd-kit context. */
const POINTER = { activationConstraint: { distance: 4 } };
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

/**
 * Each row's number as shown (from 1), read by the number alone: when a row leaves, the others'
 * numbers change but the rows themselves need not render. Lists of plain rows use it too.
 */
export const Positions = createContext<ReadonlyMap<string, number>>(new Map());

/**
 * Idle: no drag, the rows' sortable context keeps the order of the last drag, so a list that
 * changes (a speaker called, a request added) renders no row but those that come or go. Dragging,
 * and after a drop until the list next changes (the reorder's answer), it follows the list.
 */
type Phase = 'idle' | 'dragging' | 'dropped';

/**
 * A list the chair reorders by dragging a handle or, with the keyboard, by focusing the handle,
 * pressing space, moving with the arrow keys and pressing space again (dnd-kit's sortable).
 */
export function SortableList({ ids, onReorder, renderItem, className, itemLabel }: Props) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER),
    useSensor(KeyboardSensor, KEYBOARD),
  );
  const [phase, setPhase] = useState<Phase>('idle');
  const [idsAtDrop, setIdsAtDrop] = useState(ids);
  if (phase === 'dropped' && ids !== idsAtDrop) setPhase('idle');
  // dnd-kit reads the order only while sorting; idle, an unchanged array keeps its context still.
  const live = phase === 'idle' ? null : ids;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const items = useMemo(() => [...ids], [live]);
  const positions = useMemo(() => new Map(ids.map((id, index) => [id, index + 1])), [ids]);
  const settle = () => {
    setIdsAtDrop(ids);
    setPhase('dropped');
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    settle();
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    onReorder(arrayMove([...ids], from, to));
  };
  const name = (id: string | number) => itemLabel(String(id));
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={() => setPhase('dragging')}
      onDragEnd={onDragEnd}
      onDragCancel={settle}
      accessibility={{
        screenReaderInstructions: { draggable: t('ui:chair.drag.instructions') },
        announcements: {
          onDragStart: ({ active }) => t('ui:chair.drag.picked', { name: name(active.id) }),
          onDragOver: ({ active, over }) =>
            over
              ? t('ui:chair.drag.over', {
                  name: name(active.id),
                  position: ids.indexOf(String(over.id)) + 1,
                })
              : '',
          onDragEnd: ({ active, over }) =>
            over
              ? t('ui:chair.drag.dropped', {
                  name: name(active.id),
                  position: ids.indexOf(String(over.id)) + 1,
                })
              : '',
          onDragCancel: ({ active }) => t('ui:chair.drag.cancelled', { name: name(active.id) }),
        },
      }}
    >
      <SortableContext items={items} strategy={verticalListSortingStrategy}>
        <Positions.Provider value={positions}>
          <ol className={className}>
            {ids.map((id) => (
              <SortableRow key={id} id={id} label={itemLabel(id)} renderItem={renderItem} />
            ))}
          </ol>
        </Positions.Provider>
      </SortableContext>
    </DndContext>
  );
}

const SortableRow = memo(function SortableRow({
  id,
  label,
  renderItem,
}: {
  id: string;
  label: string;
  renderItem: Props['renderItem'];
}) {
  const { t } = useTranslation();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id });
  const handleLabel = useMemo(() => t('ui:chair.drag.handle', { name: label }), [t, label]);
  const content = useMemo(() => renderItem(id), [renderItem, id]);
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'sortable-row dragging' : 'sortable-row'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        className="drag-handle"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={handleLabel}
      >
        ⠿
      </button>
      <Position id={id} />
      {content}
    </li>
  );
});

/** A row's number from the nearest Positions. */
export function Position({ id }: { id: string }) {
  return <span className="sortable-pos">{useContext(Positions).get(id)}</span>;
}
