import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../../shared/domain';
import { measuresUsed } from '../../../../shared/domain/rules';
import { useAppStore } from '../../store/context';
import { ErrorNote } from '../ErrorNote';
import { parseArea } from '../Prepare/roster-parse';
import { enteredChannel } from '../../projector/channel-split';

type Row = Readonly<{ key: string; label: string }>;
type Draft = Record<string, { heads: string; households: string; area: string }>;

function toDraft(vote: Vote, rows: readonly Row[]): Draft {
  const draft: Draft = {};
  for (const { key } of rows) {
    const tally = vote.counts?.[key];
    draft[key] = {
      heads: tally ? String(tally.heads) : '',
      households: tally ? String(tally.households) : '',
      area: tally ? String(tally.area / 100) : '',
    };
  }
  return draft;
}

type Cell = Draft[string] | undefined;

/** The same numbers, whatever the spelling ('' and '0' are both none). */
const sameCell = (a: Cell, b: Cell) =>
  count(a?.heads ?? '') === count(b?.heads ?? '') &&
  count(a?.households ?? '') === count(b?.households ?? '') &&
  areaOf(a?.area ?? '') === areaOf(b?.area ?? '');

// Unreadable text is NaN, equal to nothing: such a box is never taken for recorded.
const areaOf = (text: string) => (text.trim() === '' ? 0 : (parseArea(text) ?? Number.NaN));

const count = (text: string) => (text.trim() === '' ? 0 : Number(text));

/** The tellers' counts for a show of hands or a ballot; the core checks them against the base. */
export function CountsEntry({
  vote,
  rows,
  phoneVoters = 0,
}: {
  vote: Vote;
  rows: readonly Row[];
  /** Members who voted on a phone: the hands or paper typed here must leave them out. */
  phoneVoters?: number;
}) {
  const { t } = useTranslation();
  const send = useAppStore((state) => state.send);
  // A refused entry is said beside the boxes; and as long as the boxes hold numbers that are not
  // the recorded ones (refused, or not sent yet), they say so: nothing typed is kept silently.
  const refused = useAppStore((state) => state.lastError?.source === 'counts');
  const [draft, setDraft] = useState<Draft>(() => toDraft(vote, rows));
  const recorded = toDraft(vote, rows);
  const unsent = rows.some(({ key }) => !sameCell(draft[key], recorded[key]));
  const invalid = refused ? { 'aria-invalid': true, 'aria-describedby': 'counts-error' } : {};
  const measures = measuresUsed(vote.preset);
  const needs = {
    households: measures.includes('households'),
    area: measures.includes('area'),
  };
  const set = (key: string, field: 'heads' | 'households' | 'area', value: string) =>
    setDraft((d) => ({
      ...d,
      [key]: { ...(d[key] ?? { heads: '', households: '', area: '' }), [field]: value },
    }));
  return (
    <form
      className="counts"
      onSubmit={(event) => {
        event.preventDefault();
        const counts: Record<string, { heads: number; households: number; area: number }> = {};
        for (const { key } of rows) {
          const d = draft[key];
          counts[key] = {
            heads: count(d?.heads ?? ''),
            households: needs.households ? count(d?.households ?? '') : 0,
            area: needs.area ? (parseArea(d?.area ?? '') ?? -1) : 0,
          };
        }
        void send('counts', { type: 'vote/enterCounts', voteId: vote.voteId, counts });
      }}
    >
      {phoneVoters > 0 ? (
        <p className="counts-exclude" data-testid="counts-exclude">
          {t(
            enteredChannel(vote.method) === 'paper'
              ? 'ui:room.vote.paperExclude'
              : 'ui:room.vote.handsExclude',
            { count: phoneVoters },
          )}
        </p>
      ) : null}
      <div className="counts-grid">
        {rows.map(({ key, label }, index) => (
          <div key={key} className="counts-cell">
            <label htmlFor={`count-${key}`} title={label}>
              {label}
            </label>
            <input
              id={`count-${key}`}
              // The tellers' first number is typed right after the vote opens (V, then digits).
              autoFocus={index === 0}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              {...invalid}
              value={draft[key]?.heads ?? ''}
              onChange={(event) => set(key, 'heads', event.target.value)}
            />
            {needs.households ? (
              <input
                type="number"
                min={0}
                aria-label={t('ui:chair.vote.households', { label })}
                placeholder={t('ui:chair.vote.householdsShort')}
                {...invalid}
                value={draft[key]?.households ?? ''}
                onChange={(event) => set(key, 'households', event.target.value)}
              />
            ) : null}
            {needs.area ? (
              <input
                inputMode="decimal"
                aria-label={t('ui:chair.vote.area', { label })}
                placeholder={t('ui:chair.vote.areaShort')}
                {...invalid}
                value={draft[key]?.area ?? ''}
                onChange={(event) => set(key, 'area', event.target.value)}
              />
            ) : null}
          </div>
        ))}
      </div>
      {refused || unsent ? (
        <div id="counts-error" className="counts-error" data-testid="counts-unsent">
          <ErrorNote source="counts" />
          <p className={refused ? 'error-note' : 'muted'}>
            {t('ui:chair.safety.countsNotEntered')}
          </p>
        </div>
      ) : null}
      <button type="submit">{t('ui:chair.vote.enterCounts')}</button>
    </form>
  );
}
