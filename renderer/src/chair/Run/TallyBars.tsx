import { describeCheck, type ConditionCheck, type Tally } from '../../../../shared/domain/rules';
import { Icon } from '../../icons/Icon';
import { useFormat } from '../format';

type Props = Readonly<{
  /** Count keys in display order with their labels. */
  rows: readonly Readonly<{ key: string; label: string }>[];
  counts: Readonly<Record<string, Tally>> | null;
  /** Heads present (the bars' full width). */
  base: number;
  /** The base in the rule's words with its numbers (按全体成员15人计，到会11人). */
  baseText: string;
  /** The pass conditions applied to these counts, as the core checked them. */
  checks: readonly ConditionCheck[];
}>;

/** Live tallies as bars against those present, with the threshold in words and met or not. */
export function TallyBars({ rows, counts, base, baseText, checks }: Props) {
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
      <p className="muted" data-testid="vote-base">
        {baseText}
      </p>
      {checks.length > 0 ? (
        <ul className="tally-checks">
          {checks.map((check, index) => (
            <li key={index} className={check.met ? 'check met' : 'check unmet'}>
              <Icon name={check.met ? 'check' : 'cross'} /> {describeCheck(check, format.locale)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
