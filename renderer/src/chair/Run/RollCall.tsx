import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ballotSchema, presentMembers, type Ballot } from '../../../../shared/domain';
import { useAppStore } from '../../store/context';
import { derive } from '../../store/derived';
import type { Store } from '../../store/store';
import { PhoneMark } from '../../icons/PhoneMark';
import { matchesName, useIds, useMeeting } from '../meeting-hooks';

const BALLOTS = ballotSchema.options;

/** 记名表决: one click per member and answer; a second click on the same answer clears it. */
export function RollCall({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const send = useAppStore((state) => state.send);
  const ids = useIds((state) =>
    derive(state, 'presentMembers', presentMembers)
      .filter((m) => matchesName(m.name, query))
      .map((m) => m.memberId),
  );
  return (
    <div className="rollcall">
      <input
        type="search"
        className="search"
        aria-label={t('ui:chair.vote.rollCallSearch')}
        placeholder={t('ui:chair.vote.rollCallSearch')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="rollcall-list">
        {ids.map((id) => (
          <RollCallRow key={id} voteId={voteId} memberId={id} send={send} />
        ))}
      </ul>
    </div>
  );
}

type RowProps = Readonly<{ voteId: string; memberId: string; send: Store['send'] }>;

/** Two store reads per row (name, ballot): a roll call of hundreds stays quick to update. */
const RollCallRow = memo(function RollCallRow({ voteId, memberId, send }: RowProps) {
  const { t } = useTranslation();
  const name = useMeeting((state) => state.members[memberId]?.name) ?? memberId;
  const recorded = useMeeting((state) => state.votes[voteId]?.ballots[memberId]);
  // A member's own answer on a phone; a click here replaces it with the chair's record.
  const onPhone = useMeeting((state) => state.votes[voteId]?.deviceBallots?.[memberId]?.choice);
  const ballot = recorded ?? (onPhone as Ballot | undefined);
  const cast = (choice: Ballot) =>
    void send('vote', {
      type: 'vote/recordBallot',
      voteId,
      memberId,
      ballot: recorded === choice ? null : choice,
    });
  return (
    <li className="rollcall-row" data-testid={`rollcall-${memberId}`}>
      <span className="rollcall-name" id={`rc-${memberId}`}>
        {name}
        {onPhone ? (
          <PhoneMark testId={`rollcall-phone-${memberId}`} label={t('ui:room.vote.phoneVoters')} />
        ) : null}
      </span>
      <span className="rollcall-buttons" role="group" aria-labelledby={`rc-${memberId}`}>
        {BALLOTS.map((choice) => (
          <button
            key={choice}
            type="button"
            className={`ballot ballot-${choice}`}
            aria-pressed={ballot === choice}
            onClick={() => cast(choice)}
          >
            {t(`ui:chair.vocab.ballot.${choice}`)}
          </button>
        ))}
      </span>
    </li>
  );
});
