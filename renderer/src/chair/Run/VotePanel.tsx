import { useTranslation } from 'react-i18next';
import { describeRule } from '../../../../shared/domain/rules';
import { useAppStore } from '../../store/context';
import { ErrorMessage } from '../ErrorMessage';
import { ErrorNote } from '../ErrorNote';
import { useAttendance } from '../../store/derived';
import { useFormat, useLocale } from '../format';
import { useIds, useMeeting } from '../meeting-hooks';
import { countRows } from './count-rows';
import { CountsEntry } from './CountsEntry';
import { RollCall } from './RollCall';
import { TallyBars } from './TallyBars';
import { baseKey } from './vote-base';
import { VoteConfirm } from './VoteConfirm';
import { votePreview } from './vote-preview';
import { VoteOpenForm } from './VoteOpenForm';
import { VoidForm } from './VoidForm';
import { VoteRecord } from './VoteRecord';
import { VotePhones } from './VotePhones';
import { consoleSplit } from './console-split';

/** 表决: open one, take the counts or the roll call, watch the tallies, close; then the record. */
export function VotePanel() {
  const { t } = useTranslation();
  const openVoteId = useMeeting((state) => state.openVoteId);
  const itemVotes = useIds((state) =>
    state.voteOrder.filter((id) => {
      const vote = state.votes[id];
      return vote && vote.status !== 'open' && vote.itemId === state.currentItemId;
    }),
  );
  return (
    <section className="panel votes" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{t('ui:chair.vote.heading')}</h2>
      {openVoteId ? <OpenVote voteId={openVoteId} /> : <VoteOpenForm />}
      <ErrorNote source="vote" />
      <VoteConfirm />
      {itemVotes.map((id) => (
        <VoteRecord key={id} voteId={id} />
      ))}
    </section>
  );
}

function OpenVote({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const vote = useMeeting((state) => state.votes[voteId]);
  const preview = useAppStore((store) =>
    store.snapshot ? votePreview(store.snapshot.state) : null,
  );
  const attendance = useAttendance();
  const setConfirming = useAppStore((state) => state.setConfirming);
  if (!vote) return null;
  const rows = countRows(t, vote);
  const outcome = preview?.ok ? preview.outcome : null;
  const split = consoleSplit(vote, outcome);
  // Without an outcome (nothing entered yet) the bars still show the phones' ballots.
  const counts = outcome?.counts ?? split.tallies;
  // The bars and the base come from the roster as it stands, so they are true before any count.
  const present = outcome?.present.heads ?? attendance?.presentTally.heads ?? 0;
  const members = outcome?.members.heads ?? attendance?.members.heads ?? 0;

  return (
    <div className="vote-live" data-testid="open-vote">
      <p className="vote-question">{vote.question}</p>
      <p className="muted">
        {t(`ui:chair.vocab.method.${vote.method}`)} · {vote.preset.name[locale]} ·{' '}
        {vote.preset.kind === 'evaluation'
          ? t('ui:chair.vote.evaluation')
          : describeRule(vote.preset, locale)}
      </p>
      {vote.method === 'rollCall' ? (
        <RollCall voteId={voteId} />
      ) : (
        <CountsEntry vote={vote} rows={rows} phoneVoters={split.device} />
      )}
      <VotePhones vote={vote} rows={rows} split={split} />
      <TallyBars
        rows={rows}
        counts={counts}
        base={present}
        baseText={t(baseKey(vote.preset), {
          members: format.number(members),
          present: format.number(present),
        })}
        checks={outcome ? [...outcome.quorum, ...outcome.pass] : []}
      />
      <p className="vote-projection" data-testid="vote-projection">
        {outcome ? t(`ui:chair.vote.projection.${outcome.result}`) : t('ui:chair.vote.noCountsYet')}
      </p>
      {/* Why the vote could not close as it stands (e.g. a ballot of someone who has left). */}
      {preview && !preview.ok && preview.error.code !== 'vote.noCounts' ? (
        <ErrorMessage error={preview.error} />
      ) : null}
      <div className="row wrap">
        <button type="button" onClick={() => setConfirming('closeVote')}>
          {t('ui:chair.vote.close')} <kbd>V</kbd>
        </button>
        <VoidForm voteId={voteId} />
      </div>
    </div>
  );
}
