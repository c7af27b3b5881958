import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { board, boardFacets, type BoardFilter } from '../../../shared/followup';
import { ErrorNote } from '../chair/ErrorNote';
import { useModal } from '../chair/use-modal';
import '../styles/board.css';
import { BoardFilters } from './BoardFilters';
import { BoardTable } from './BoardTable';
import { ImportMeeting } from './ImportMeeting';
import { TopicsPanel } from './TopicsPanel';
import { today, useFollowup } from './use-followup';

type Tab = 'items' | 'topics';

/** 跟踪台账: the follow-up board in a full-screen dialog opened from the header. */
export function BoardScreen() {
  const { t } = useTranslation();
  useFollowup(); // the mirror loads in the background once connected
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
        {open ? tab === 'items' ? <ItemsView /> : <TopicsView /> : null}
      </dialog>
    </>
  );
}

function ItemsView() {
  const { t } = useTranslation();
  const registry = useFollowup();
  const [filter, setFilter] = useState<BoardFilter>({});
  const [day] = useState(today);
  const facets = useMemo(() => (registry ? boardFacets(registry) : null), [registry]);
  const rows = useMemo(
    () => (registry ? board(registry, filter, day) : null),
    [registry, filter, day],
  );
  if (!registry || !facets || !rows)
    return (
      <div className="board-body">
        <p className="board-loading" role="status">
          {t('ui:board.loading')}
        </p>
        <ErrorNote source="board" />
      </div>
    );
  return (
    <div className="board-body">
      <div className="board-tools">
        <BoardFilters
          filter={filter}
          meetings={facets.meetings}
          owners={facets.owners}
          onChange={setFilter}
        />
        <ImportMeeting />
      </div>
      <BoardTable board={rows} registry={registry} />
    </div>
  );
}

function TopicsView() {
  const registry = useFollowup();
  return (
    <div className="board-body">
      <TopicsPanel registry={registry} />
    </div>
  );
}
