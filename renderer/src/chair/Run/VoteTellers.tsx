import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { ErrorNote } from '../ErrorNote';
import { useMeeting } from '../meeting-hooks';

/**
 * 计票人 and 监票人 of a vote already taken, editable afterwards (often written down only when the
 * minutes are prepared); each field is saved when left. The minutes leave a blank to sign by
 * hand for a name not given.
 */
export function VoteTellers({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const vote = useMeeting((state) => state.votes[voteId]);
  const send = useAppStore((state) => state.send);
  if (!vote) return null;
  const source = `tellers:${voteId}`;
  const field = (name: 'teller' | 'scrutineer') => {
    const id = `${name}-${voteId}`;
    return (
      <>
        <label htmlFor={id}>{t(`ui:chair.vote.${name}`)}</label>
        <input
          id={id}
          key={`${name}:${vote[name]}`}
          defaultValue={vote[name]}
          maxLength={200}
          onBlur={(e) => {
            const value = e.target.value.trim();
            if (value !== vote[name])
              void send(source, { type: 'vote/setTellers', voteId, [name]: value });
          }}
        />
      </>
    );
  };
  return (
    <div
      className="vote-tellers form-grid"
      role="group"
      aria-label={t('ui:chair.vote.tellersOf', { question: vote.question })}
    >
      {field('teller')}
      {field('scrutineer')}
      <ErrorNote source={source} />
    </div>
  );
}
