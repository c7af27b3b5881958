import { useTranslation } from 'react-i18next';
import type { ProjectorView } from '../../../shared/domain';

const MARK: Readonly<Record<string, string>> = {
  closed: '✓',
  open: '▶',
  deferred: '⏸',
  pending: '',
};

/** Between items: the whole agenda, with what is done, what is on now and what was deferred. */
export function AgendaBoard({ view }: { view: ProjectorView }) {
  const { t } = useTranslation();
  return (
    <section className="pj-agenda" aria-label={t('ui:projector.agenda')}>
      <h2>{t('ui:projector.agenda')}</h2>
      <ol data-testid="projector-agenda">
        {view.agenda.map((item) => (
          <li
            key={item.itemId}
            className={`pj-agenda-item ${item.status}`}
            data-status={item.status}
          >
            <span className="pj-mark" aria-hidden="true">
              {MARK[item.status]}
            </span>
            <span className="pj-agenda-title">{item.title}</span>
            <span className="pj-chip">{t(`domain:itemStatus.${item.status}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
