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
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  ids: readonly string[];
  /** Called with the new order after a drag (by pointer or by keyboard: space, arrows, space). */
  onReorder(ids: readonly string[]): void;
  /**
   * One row's content, after the drag handle and the position number. Return a memoised
   * component: dnd-kit re-renders every row when the list changes, the content need not.
   */
  renderItem(id: string, index: number): ReactNode;
  className?: string;
  /** What a row is called in the screen-reader announcements and the handle's label. */
  itemLabel(id: string): string;
}>;

/**
 * A list the chair reorders by dragging a handle or, with the keyboard, by focusing the handle,
 * pressing space, moving with the arrow keys and pressing space again (dnd-kit's sortable).
 */
export function SortableList({ ids, onReorder, renderItem, className, itemLabel }: Props) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const items = useMemo(() => [...ids], [ids]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
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
      onDragEnd={onDragEnd}
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
        <ol className={className}>
          {ids.map((id, index) => (
            <SortableRow
              key={id}
              id={id}
              index={index}
              label={itemLabel(id)}
              renderItem={renderItem}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

const SortableRow = memo(function SortableRow({
  id,
  index,
  label,
  renderItem,
}: {
  id: string;
  index: number;
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
  const content = useMemo(() => renderItem(id, index), [renderItem, id, index]);
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
      <span className="sortable-pos">{index + 1}</span>
      {content}
    </li>
  );
});
