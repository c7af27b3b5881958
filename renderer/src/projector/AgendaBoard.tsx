import { useTranslation } from 'react-i18next';
import type { ProjectorView } from '../../../shared/domain';
import { Icon, type IconName } from '../icons/Icon';

const MARK: Readonly<Record<string, IconName | null>> = {
  closed: 'check',
  open: 'play',
  deferred: 'pause',
  pending: null,
};

/**
 * Between items: the whole agenda, with what is done, what is on now and what was deferred; an
 * item added during the meeting keeps its 紧急事项 mark.
 */
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
              {MARK[item.status] ? <Icon name={MARK[item.status] ?? 'check'} /> : null}
            </span>
            <span className="pj-agenda-title">
              {item.title}
              {item.urgent ? <span className="pj-chip warn">{t('domain:urgent')}</span> : null}
            </span>
            <span className="pj-chip">{t(`domain:itemStatus.${item.status}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
