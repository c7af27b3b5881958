import { useTranslation } from 'react-i18next';
import type { ProjectorVote } from '../../../shared/domain';
import { usePhone } from './context';
import { choiceLabel } from './labels';

/** The vote the projector shows after it closed: the last one on the item while no one speaks. */
function lastClosed(votes: readonly ProjectorVote[], itemId: string | null): ProjectorVote | null {
  const onItem = votes.filter((vote) => vote.itemId === itemId && vote.status !== 'open');
  return onItem[onItem.length - 1] ?? null;
}

/** A closed vote's result and counts, as the room sees them (secret votes: counts only). */
export function ResultCard() {
  const { t } = useTranslation();
  const vote = usePhone((view) => {
    const room = view.state.view;
    if (!room || room.speech) return null;
    return lastClosed(room.votes, room.currentItemId);
  });
  if (!vote) return null;
  const outcome = vote.outcome;
  const label = (key: string) =>
    choiceLabel(t, key, vote.options.find((option) => option.optionId === key)?.label ?? '');
  return (
    <section className="ph-card ph-result" data-testid="phone-result">
      <p className="ph-label">
        {t('participant:result.heading')} · {t(`domain:voteMethod.${vote.method}`)}
      </p>
      <h2 className="ph-question">{vote.question}</h2>
      {vote.status === 'voided' ? (
        <p className="ph-verdict">{t('domain:voteStatus.voided')}</p>
      ) : outcome ? (
        <>
          <p className={`ph-verdict ${outcome.result}`} data-testid="phone-verdict">
            {t(`domain:voteResult.${outcome.result}`)}
          </p>
          <dl className="ph-counts" aria-label={t('participant:result.counts')}>
            {Object.entries(outcome.counts).map(([key, tally]) => (
              <div key={key}>
                <dt>{label(key)}</dt>
                <dd>{tally.heads}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
