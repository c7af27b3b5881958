import { useTranslation } from 'react-i18next';
import { describeCheck, type ConditionCheck, type Tally } from '../../../../shared/domain/rules';
import { useFormat } from '../format';

type Props = Readonly<{
  /** Count keys in display order with their labels. */
  rows: readonly Readonly<{ key: string; label: string }>[];
  counts: Readonly<Record<string, Tally>> | null;
  /** Heads present (the bars' full width). */
  base: number;
  /** The pass conditions applied to these counts, as the core checked them. */
  checks: readonly ConditionCheck[];
}>;

/** Live tallies as bars against those present, with the threshold in words and met or not. */
export function TallyBars({ rows, counts, base, checks }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="tally">
      <ul className="tally-bars">
        {rows.map(({ key, label }) => {
          const heads = counts?.[key]?.heads ?? 0;
          const width = base > 0 ? Math.min(100, (heads * 100) / base) : 0;
          return (
            <li key={key} className={`tally-row tally-${key}`} data-testid={`tally-${key}`}>
              <span className="tally-label" title={label}>
                {label}
              </span>
              <span className="tally-track" aria-hidden="true">
                <span className="tally-fill" style={{ width: `${width}%` }} />
              </span>
              <span className="tally-count">{format.number(heads)}</span>
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('ui:chair.vote.base', { present: format.number(base) })}</p>
      {checks.length > 0 ? (
        <ul className="tally-checks">
          {checks.map((check, index) => (
            <li key={index} className={check.met ? 'check met' : 'check unmet'}>
              <span aria-hidden="true">{check.met ? '✓' : '✗'}</span>{' '}
              {describeCheck(check, format.locale)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
