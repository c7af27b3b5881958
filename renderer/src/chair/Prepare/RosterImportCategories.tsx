import { useTranslation } from 'react-i18next';
import { categorySchema, type Category } from '../../../../shared/domain';
import type { CategoryLabel } from '../../../../shared/roster-table';
import { useCategoryLabel } from '../labels';

type Props = Readonly<{
  labels: readonly CategoryLabel[];
  /** The chair's choices by label; a label without one keeps its guess. */
  chosen: Readonly<Record<string, Category>>;
  onChoose: (label: string, category: Category) => void;
}>;

const UNCHOSEN = '';

/**
 * 类别对应: each label of the file's category column and the roster category it counts as. Common
 * labels (社区两委, 业委会委员, 楼栋长 …) come matched to the built-in categories; any other label
 * waits for the chair to make it a category of its own or match it to a built-in one.
 */
export function RosterImportCategories({ labels, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  if (labels.length === 0) return null;
  const waiting = labels.filter((l) => (chosen[l.label] ?? l.guess) === null).length;
  return (
    <section className="import-categories" aria-labelledby="import-categories-heading">
      <h3 id="import-categories-heading">{t('ui:chair.import.categories.heading')}</h3>
      <p className="muted">{t('ui:chair.import.categories.explain')}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('ui:chair.import.categories.label')}</th>
              <th scope="col">{t('ui:chair.import.categories.count')}</th>
              <th scope="col">{t('ui:chair.import.categories.as')}</th>
            </tr>
          </thead>
          <tbody>
            {labels.map(({ label, count, guess }) => {
              const value = chosen[label] ?? guess ?? UNCHOSEN;
              return (
                <tr key={label} className={value === UNCHOSEN ? 'row-error' : undefined}>
                  <th scope="row">{label}</th>
                  <td className="num">{count}</td>
                  <td>
                    <select
                      aria-label={t('ui:chair.import.categories.ofLabel', { label })}
                      value={value}
                      onChange={(event) =>
                        onChoose(label, categorySchema.parse(event.target.value))
                      }
                    >
                      {value === UNCHOSEN ? (
                        <option value={UNCHOSEN} disabled>
                          {t('ui:chair.import.categories.choose')}
                        </option>
                      ) : null}
                      {categorySchema.options.map((category) => (
                        <option key={category} value={category}>
                          {category === 'custom'
                            ? t('ui:chair.import.categories.custom', { label })
                            : categoryLabel(category)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {waiting > 0 ? (
        <p className="error-note" data-testid="import-categories-waiting">
          {t('ui:chair.import.categories.unconfirmed', { count: waiting })}
        </p>
      ) : null}
    </section>
  );
}
