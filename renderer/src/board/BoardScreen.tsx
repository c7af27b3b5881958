import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModal } from '../chair/use-modal';
import '../styles/board.css';
import { usePrefetchFollowup } from './use-followup';

// The board's tables and forms load with the board, so the console's first screen stays small;
// they are fetched while the console is idle, so opening the board does not wait for them.
const loadViews = () => import('./BoardViews');
const BoardView = lazy(() => loadViews().then((module) => ({ default: module.BoardView })));

type Tab = 'items' | 'topics';

/** 跟踪台账: the follow-up board in a full-screen dialog opened from the header. */
export function BoardScreen() {
  const { t } = useTranslation();
  usePrefetchFollowup(loadViews);
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<Tab>('items');
  const { ref: dialogRef, onClose: onDialogClose } = useModal(
    open,
    useCallback(() => setOpen(false), []),
  );
  return (
    <>
      <button type="button" data-testid="board-open" onClick={() => setOpen(true)}>
        {t('ui:board.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="board-dialog"
        aria-labelledby="board-title"
        onClose={onDialogClose}
      >
        <div className="board-head">
          <h1 id="board-title">{t('ui:board.title')}</h1>
          <div className="board-tabs" role="tablist" aria-label={t('ui:board.title')}>
            {(['items', 'topics'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={tab === name}
                onClick={() => setTab(name)}
              >
                {t(name === 'items' ? 'ui:board.items' : 'ui:board.topics.heading')}
              </button>
            ))}
          </div>
          <button type="button" onClick={() => setOpen(false)}>
            {t('ui:board.close')}
          </button>
        </div>
        {open ? (
          <Suspense
            fallback={
              <p className="board-loading" role="status">
                {t('ui:board.loading')}
              </p>
            }
          >
            <BoardView tab={tab} />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
