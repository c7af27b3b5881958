import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatusSchema } from '../../../../shared/domain';
import { useAppStore } from '../../store/context';
import { newId } from '../../store/ids';
import { ErrorNote } from '../ErrorNote';
import { useFormat } from '../format';
import { useIds, useMeeting } from '../meeting-hooks';
import { parseYuan } from '../Prepare/roster-parse';

/** 民事民办: the tasks that carry out a resolution, with owner, deadline, budget and status. */
export function ActionItems({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const ids = useIds((state) =>
    state.actionOrder.filter((id) => state.actions[id]?.voteId === voteId),
  );
  const send = useAppStore((state) => state.send);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [deadline, setDeadline] = useState('');
  const [budget, setBudget] = useState('');
  const source = `actions:${voteId}`;
  return (
    <div className="actions">
      <h4>{t('ui:chair.actions.heading')}</h4>
      <ul className="action-list">
        {ids.map((id) => (
          <ActionRow key={id} actionId={id} source={source} />
        ))}
      </ul>
      <form
        className="action-add"
        onSubmit={(event) => {
          event.preventDefault();
          const fen = budget.trim() === '' ? undefined : (parseYuan(budget) ?? -1);
          void send(source, {
            type: 'action/add',
            actionId: newId('action'),
            voteId,
            title,
            ...(owner ? { owner } : {}),
            ...(deadline ? { deadline } : {}),
            ...(fen !== undefined ? { budget: fen } : {}),
          }).then((ok) => {
            if (ok) {
              setTitle('');
              setOwner('');
              setDeadline('');
              setBudget('');
            }
          });
        }}
      >
        <div className="form-grid">
          <label htmlFor={`action-title-${voteId}`}>{t('ui:chair.actions.title')}</label>
          <input
            id={`action-title-${voteId}`}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
          />
          <label htmlFor={`action-owner-${voteId}`}>{t('ui:chair.actions.owner')}</label>
          <input
            id={`action-owner-${voteId}`}
            value={owner}
            maxLength={200}
            onChange={(e) => setOwner(e.target.value)}
          />
          <label htmlFor={`action-deadline-${voteId}`}>{t('ui:chair.actions.deadline')}</label>
          <input
            id={`action-deadline-${voteId}`}
            type="date"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
          <label htmlFor={`action-budget-${voteId}`}>{t('ui:chair.actions.budget')}</label>
          <input
            id={`action-budget-${voteId}`}
            inputMode="decimal"
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
          />
        </div>
        <button type="submit" disabled={title.trim() === ''}>
          {t('ui:chair.actions.add')}
        </button>
      </form>
      <ErrorNote source={source} />
    </div>
  );
}

const ActionRow = memo(function ActionRow({
  actionId,
  source,
}: {
  actionId: string;
  source: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = useMeeting((state) => state.actions[actionId]);
  const send = useAppStore((state) => state.send);
  if (!action) return null;
  return (
    <li className="action-row">
      <span className="action-title">{action.title}</span>
      <span className="muted">
        {[
          action.owner,
          action.deadline ? format.date(action.deadline) : '',
          action.budget
            ? t('ui:chair.actions.yuan', { amount: format.number(action.budget / 100) })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      <select
        aria-label={t('ui:chair.actions.status', { title: action.title })}
        value={action.status}
        onChange={(event) =>
          void send(source, {
            type: 'action/update',
            actionId,
            status: actionStatusSchema.parse(event.target.value),
          })
        }
      >
        {actionStatusSchema.options.map((status) => (
          <option key={status} value={status}>
            {t(`ui:chair.vocab.actionStatus.${status}`)}
          </option>
        ))}
      </select>
    </li>
  );
});
