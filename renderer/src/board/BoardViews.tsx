import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { board, boardFacets, type BoardFilter } from '../../../shared/followup';
import { ErrorNote } from '../chair/ErrorNote';
import { BoardFilters } from './BoardFilters';
import { BoardTable } from './BoardTable';
import { HubLinkEntry } from './HubLinkDialog';
import { ImportMeeting } from './ImportMeeting';
import { TopicsPanel } from './TopicsPanel';
import { useFollowup } from './use-followup';
import { calendarDay } from '../../../shared/time';

/** The board's two tabs, loaded with the board (not with the console's first screen). */
export function BoardView({ tab }: { tab: 'items' | 'topics' }) {
  return tab === 'items' ? <ItemsView /> : <TopicsView />;
}

function ItemsView() {
  const { t } = useTranslation();
  const registry = useFollowup();
  const [filter, setFilter] = useState<BoardFilter>({});
  // Each item is late by its own meeting's calendar: one instant, read in each item's zone.
  const [day] = useState(() => {
    const now = Date.now();
    return (timeZone: string) => calendarDay(now, timeZone);
  });
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
        <div className="board-hub">
          <HubLinkEntry />
        </div>
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
