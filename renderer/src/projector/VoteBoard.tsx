import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../shared/i18n';
import { invalidReasonWords, type ProjectorVote } from '../../../shared/domain';
import { describeCheck } from '../../../shared/domain/rules';
import { enteredChannel, projectorSplit } from './channel-split';

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
/** `voters`: the members present, who may each cast one ballot (已投 8/11 票). */
export function VoteBoard({ vote, voters }: { vote: ProjectorVote; voters: number }) {
  const { t, i18n } = useTranslation();
  // The bars count every ballot: the hands or paper entered plus the phones'.
  const split = projectorSplit(vote);
  const counts = split.totals;
  const rule = vote.rule;
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const ruleText = rule.text[locale];
  // Bars are drawn against those present, so a full bar means everyone present voted that way.
  const scale = Math.max(1, rule.scale, ...Object.values(counts));
  const lineOn = (key: string) => key === 'yes' || (vote.method === 'choice' && key !== 'abstain');
  const result = vote.status === 'voided' ? 'voided' : (vote.outcome?.result ?? null);
  return (
    <section className="pj-vote" aria-label={t('ui:projector.vote')}>
      <div className="pj-item">
        <span className="pj-chip stage">{t(`domain:voteMethod.${vote.method}`)}</span>
        <h2 className="pj-item-title" data-testid="projector-vote-question">
          {vote.question}
        </h2>
      </div>
      <p className="pj-rule" data-testid="projector-rule">
        {ruleText}
        {rule.needed !== null ? (
          <span className="pj-needed">{t('ui:projector.needed', { needed: rule.needed })}</span>
        ) : null}
      </p>
      {vote.method === 'rollCall' && vote.status === 'open' ? (
        <p className="pj-muted">
          {t('ui:projector.ballotsCast', { count: vote.ballotsCast, expected: voters })}
        </p>
      ) : null}
      <ul className="pj-bars" data-testid="projector-tally">
        {rows(vote, t).map(({ key, label }) => {
          const heads = counts[key] ?? 0;
          const style = { '--share': `${(heads / scale) * 100}%` } as CSSProperties;
          return (
            <li key={key} className={`pj-bar ${key}`} data-key={key}>
              <span className="pj-bar-label" title={label}>
                {label}
              </span>
              <span className="pj-bar-track">
                <span className="pj-bar-fill" style={style} />
                {lineOn(key) && rule.needed !== null && rule.needed <= scale ? (
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
      <SplitLine vote={vote} split={split} />
      {result ? (
        <p className={`pj-result ${result}`} data-testid="projector-result">
          {result === 'voided' ? t('domain:voteStatus.voided') : t(`domain:voteResult.${result}`)}
          {vote.outcome?.invalidReason ? (
            <span className="pj-result-reason">
              {/* The notices' words: an owners' vote fails for lack of participation. */}
              {invalidReasonWords(t, vote.outcome)}
            </span>
          ) : null}
        </p>
      ) : null}
      {vote.outcome ? (
        <p className="pj-checks" data-testid="projector-checks">
          {[...vote.outcome.quorum, ...vote.outcome.pass]
            .map((check) => describeCheck(check, locale))
            .join('　·　')}
        </p>
      ) : null}
      {result === 'passed' && vote.resolution ? (
        <p className="pj-resolution">{vote.resolution}</p>
      ) : null}
    </section>
  );
}

/**
 * How the ballots came in: 手机 12 · 举手 20. A secret vote's phone ballots stay sealed until it
 * closes, so while it is open the room learns only how many voted on phones.
 */
function SplitLine({
  vote,
  split,
}: {
  vote: ProjectorVote;
  split: ReturnType<typeof projectorSplit>;
}) {
  const { t } = useTranslation();
  if (split.device === 0) return null;
  const text =
    vote.method === 'secret' && vote.status === 'open'
      ? t('ui:room.projector.phoneVoted', { count: split.device })
      : t('ui:room.projector.split', {
          device: split.device,
          entered: split.entered,
          channel: t(`ui:room.vote.${enteredChannel(vote.method)}`),
        });
  return (
    <p className="pj-split" data-testid="projector-split">
      {text}
    </p>
  );
}
