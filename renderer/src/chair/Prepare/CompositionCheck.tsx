import { useTranslation } from 'react-i18next';
import { composition, type Category } from '../../../../shared/domain';
import { useDerived } from '../../store/derived';
import { useCategoryLabel } from '../labels';
import { useMeeting } from '../meeting-hooks';

/** "4+N / 5+N": which categories the body needs, whether the roster has them and who is present. */
export function CompositionCheck() {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const comp = useDerived('composition', composition);
  const members = useMeeting((state) => state.members);
  if (!comp) return null;
  const inRoster = (category: Category) =>
    members ? Object.values(members).filter((m) => m.category === category).length : 0;
  return (
    <section className="panel" aria-labelledby="composition-heading">
      <h2 id="composition-heading">{t('ui:chair.composition.heading')}</h2>
      {comp.required.length === 0 ? (
        <p className="muted">{t('ui:chair.composition.none')}</p>
      ) : null}
      <ul className="composition-list">
        {comp.required.map((category) => {
          const rostered = inRoster(category);
          const present = comp.presentByCategory[category] ?? 0;
          return (
            <li
              key={category}
              className={rostered === 0 ? 'composition-row missing' : 'composition-row'}
            >
              <span>{categoryLabel(category)}</span>
              <span className={rostered === 0 ? 'badge warn' : 'badge ok'}>
                {rostered === 0
                  ? t('ui:chair.composition.noneInRoster')
                  : t('ui:chair.composition.counts', { rostered, present })}
              </span>
            </li>
          );
        })}
      </ul>
      {comp.required.length > 0 ? (
        <p className={comp.complete ? 'muted' : 'error-note'} data-testid="composition-summary">
          {comp.complete
            ? t('ui:chair.composition.complete')
            : t('ui:chair.composition.missing', {
                list: comp.missing.map((c) => categoryLabel(c)).join('、'),
              })}
        </p>
      ) : null}
    </section>
  );
}
