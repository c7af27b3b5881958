import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../../shared/domain';
import { useFormat } from '../format';
import { useMeeting } from '../meeting-hooks';
import { useAttendance } from '../../store/derived';
import type { ChannelSplit } from '../../projector/channel-split';
import { enteredChannel } from '../../projector/channel-split';

type Row = Readonly<{ key: string; label: string }>;

/**
 * The phones' part of an open vote on the console: who voted on a phone (non-secret: each member
 * with the answer, as a show of hands is public, folded in a large room; secret: only how many),
 * the total with its split by channel, and for a secret ballot the promise that the record never
 * links who to what.
 */
export function VotePhones({
  vote,
  rows,
  split,
}: {
  vote: Vote;
  rows: readonly Row[];
  split: ChannelSplit;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const secret = vote.method === 'secret';
  const channel = t(`ui:room.vote.${enteredChannel(vote.method)}`);
  return (
    <div className="vote-phones" data-testid="vote-phones">
      {secret ? (
        <p className="vote-secret-line" data-testid="vote-secret-line">
          {t('ui:room.vote.secretLine')}
        </p>
      ) : null}
      {split.device > 0 ? (
        secret ? (
          <p data-testid="vote-phone-count">
            {t('ui:room.vote.phoneVoted', { count: split.device })}
          </p>
        ) : (
          <PhoneVoters vote={vote} rows={rows} />
        )
      ) : null}
      {split.device > 0 ? (
        <p className="vote-split" data-testid="vote-split">
          {t('ui:room.vote.split', {
            total: format.number(split.total),
            device: format.number(split.device),
            entered: format.number(split.entered),
            channel,
          })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Rooms up to this many present show the phone voters' names as they come; in a larger room the
 * list is folded under its count (the names are one click away), since 500 names in a paragraph
 * are read by no one and laying them out again on every batch of ballots costs the console the
 * time its clicks need.
 */
const VOTERS_LISTED_OPEN = 60;

function PhoneVoters({ vote, rows }: { vote: Vote; rows: readonly Row[] }) {
  const { t } = useTranslation();
  const members = useMeeting((state) => state.members);
  const present = useAttendance()?.present ?? 0;
  const [opened, setOpened] = useState<boolean | null>(null);
  const open = opened ?? present <= VOTERS_LISTED_OPEN;
  const ballots = Object.entries(vote.deviceBallots ?? {});
  const label = (choice: string) => rows.find((row) => row.key === choice)?.label ?? choice;
  return (
    <details
      className="phone-voters"
      data-testid="vote-phone-voters"
      open={open}
      onToggle={(event) => setOpened(event.currentTarget.open)}
    >
      <summary>{t('ui:room.vote.phoneVoted', { count: ballots.length })}</summary>
      {open ? (
        <ul aria-label={t('ui:room.vote.phoneVoters')}>
          {ballots.map(([memberId, ballot]) => (
            <PhoneVoter
              key={memberId}
              name={members?.[memberId]?.name ?? memberId}
              choice={label(ballot.choice)}
            />
          ))}
        </ul>
      ) : null}
    </details>
  );
}

/**
 * One member's phone answer. Memoised: while hundreds of phones vote, each batch of ballots adds
 * a few rows, and the rows already there (a translated line each) must not be built again.
 */
const PhoneVoter = memo(function PhoneVoter({ name, choice }: { name: string; choice: string }) {
  const { t } = useTranslation();
  return <li className="phone-voter">{t('ui:room.vote.phoneVoter', { name, choice })}</li>;
});
