import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { ErrorNote } from '../ErrorNote';
import { useFormat } from '../format';
import { useMeeting } from '../meeting-hooks';
import { ActionItems } from './ActionItems';
import { countRows } from './count-rows';
import { TallyBars } from './TallyBars';
import { baseKey } from './vote-base';
import { VoidForm } from './VoidForm';
import { VoteTellers } from './VoteTellers';
import { closedSplit, enteredChannel } from '../../projector/channel-split';

/** A closed or voided vote as the minutes will record it; a passed one takes its resolution. */
export function VoteRecord({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vote = useMeeting((state) => state.votes[voteId]);
  if (!vote) return null;
  const outcome = vote.outcome;
  const passed = vote.status === 'closed' && outcome?.result === 'passed';
  // The minutes give each vote's split by channel; the console says it the same way.
  const split = outcome?.device ? closedSplit(outcome.counts, outcome.device, 0) : null;
  return (
    <article className="vote-record" aria-label={vote.question} data-testid="vote-record">
      <h3 className="vote-question">{vote.question}</h3>
      <p>
        <span
          className={`badge result-${vote.status === 'voided' ? 'voided' : (outcome?.result ?? 'none')}`}
        >
          {vote.status === 'voided'
            ? t('ui:chair.vote.voided')
            : outcome
              ? t(`ui:chair.vocab.result.${outcome.result}`)
              : ''}
        </span>{' '}
        <span className="muted">
          {t(`ui:chair.vocab.method.${vote.method}`)}
          {vote.closedAt ? ` · ${format.time(vote.closedAt)}` : ''}
        </span>
      </p>
      {vote.status === 'voided' ? (
        <p className="muted">{t('ui:chair.vote.voidedBecause', { reason: vote.voidReason })}</p>
      ) : null}
      {outcome ? (
        <TallyBars
          rows={countRows(t, vote)}
          counts={outcome.counts}
          base={outcome.present.heads}
          baseText={t(baseKey(vote.preset), {
            members: format.number(outcome.members.heads),
            present: format.number(outcome.present.heads),
          })}
          checks={[...outcome.quorum, ...outcome.pass]}
        />
      ) : null}
      {split && split.device > 0 ? (
        <p className="vote-split" data-testid="vote-record-split">
          {t('ui:room.vote.split', {
            total: format.number(split.total),
            device: format.number(split.device),
            entered: format.number(split.entered),
            channel: t(`ui:room.vote.${enteredChannel(vote.method)}`),
          })}
        </p>
      ) : null}
      <VoteTellers voteId={voteId} />
      {passed ? <ResolutionEditor voteId={voteId} saved={vote.resolution} /> : null}
      {passed ? <ActionItems voteId={voteId} /> : null}
      {vote.status === 'closed' ? <VoidForm voteId={voteId} /> : null}
      <ErrorNote source={`resolution:${voteId}`} />
    </article>
  );
}

function ResolutionEditor({ voteId, saved }: { voteId: string; saved: string }) {
  const { t } = useTranslation();
  const send = useAppStore((state) => state.send);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? saved;
  const dirty = draft !== null && draft !== saved;
  return (
    <form
      className="resolution"
      onSubmit={(event) => {
        event.preventDefault();
        void send(`resolution:${voteId}`, { type: 'vote/setResolution', voteId, text }).then(
          (ok) => {
            if (ok) setDraft(null);
          },
        );
      }}
    >
      <label htmlFor={`resolution-${voteId}`}>{t('ui:chair.vote.resolution')}</label>
      <textarea
        id={`resolution-${voteId}`}
        rows={3}
        maxLength={5000}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
      />
      <div className="row">
        <button type="submit" disabled={!dirty}>
          {t('ui:chair.vote.saveResolution')}
        </button>
        <span className="muted">
          {dirty ? t('ui:chair.notes.unsaved') : saved ? t('ui:chair.notes.saved') : ''}
        </span>
      </div>
    </form>
  );
}
