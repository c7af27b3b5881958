import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectorVote } from '../../../shared/domain';

/** The rule as the room must read it, and where its threshold falls on the bars. */
export type VoteRule = Readonly<{ text: string; needed: number | null; scale: number }>;

const SATISFACTION = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
const YES_NO = ['yes', 'no', 'abstain'] as const;

function rows(
  vote: ProjectorVote,
  t: (key: string) => string,
): Array<{ key: string; label: string }> {
  if (vote.method === 'choice') {
    return [
      ...vote.options.map((option) => ({ key: option.optionId, label: option.label })),
      { key: 'abstain', label: t('domain:ballot.abstain') },
    ];
  }
  if (vote.method === 'satisfaction')
    return SATISFACTION.map((key) => ({ key, label: t(`domain:satisfaction.${key}`) }));
  return YES_NO.map((key) => ({ key, label: t(`domain:ballot.${key}`) }));
}

/**
 * Live tally bars against the threshold while a vote is open; the result in large words once it
 * closes. Counts are heads: the measure every preset uses (area and households go in the minutes).
 */
export function VoteBoard({ vote, rule }: { vote: ProjectorVote; rule: VoteRule | null }) {
  const { t } = useTranslation();
  const counts = vote.outcome?.counts ?? vote.counts ?? {};
  const scale = Math.max(1, rule?.scale ?? 0, ...Object.values(counts).map((tally) => tally.heads));
  const result = vote.status === 'voided' ? 'voided' : (vote.outcome?.result ?? null);
  return (
    <section className="pj-vote" aria-label={t('ui:projector.vote')}>
      <div className="pj-item">
        <span className="pj-chip stage">{t(`domain:voteMethod.${vote.method}`)}</span>
        <h2 className="pj-item-title" data-testid="projector-vote-question">
          {vote.question}
        </h2>
      </div>
      {rule ? (
        <p className="pj-rule" data-testid="projector-rule">
          {rule.text}
        </p>
      ) : null}
      {vote.method === 'rollCall' && vote.status === 'open' ? (
        <p className="pj-muted">{t('ui:projector.ballotsCast', { count: vote.ballotsCast })}</p>
      ) : null}
      <ul className="pj-bars" data-testid="projector-tally">
        {rows(vote, t).map(({ key, label }) => {
          const heads = counts[key]?.heads ?? 0;
          const style = { '--share': `${(heads / scale) * 100}%` } as CSSProperties;
          return (
            <li key={key} className={`pj-bar ${key}`} data-key={key}>
              <span className="pj-bar-label">{label}</span>
              <span className="pj-bar-track">
                <span className="pj-bar-fill" style={style} />
                {key === 'yes' && rule?.needed ? (
                  <span
                    className="pj-threshold"
                    style={{ '--at': `${(rule.needed / scale) * 100}%` } as CSSProperties}
                  />
                ) : null}
              </span>
              <span className="pj-bar-count" data-testid={`projector-count-${key}`}>
                {heads}
              </span>
            </li>
          );
        })}
      </ul>
      {result ? (
        <p className={`pj-result ${result}`} data-testid="projector-result">
          {result === 'voided' ? t('domain:voteStatus.voided') : t(`domain:voteResult.${result}`)}
          {vote.outcome?.invalidReason ? (
            <span className="pj-result-reason">
              {t(`domain:invalidReason.${vote.outcome.invalidReason}`)}
            </span>
          ) : null}
        </p>
      ) : null}
      {result === 'passed' && vote.resolution ? (
        <p className="pj-resolution">{vote.resolution}</p>
      ) : null}
    </section>
  );
}
