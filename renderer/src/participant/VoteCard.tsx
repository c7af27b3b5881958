import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../shared/i18n';
import { useSession, usePhone } from './context';
import { choiceLabel } from './labels';
import type { SelfVote } from './types';

/** The rule the room reads on the projector (通过标准), in this page's language. */
function useRuleText(voteId: string): string | null {
  const { i18n } = useTranslation();
  const rule = usePhone(
    (view) => view.state.view?.votes.find((vote) => vote.voteId === voteId)?.rule.text ?? null,
  );
  if (!rule) return null;
  return rule[isLocale(i18n.language) ? i18n.language : 'zh-CN'];
}

/** The ballot on its way: sending now, or kept to be sent again once the phone is back online. */
function Delivery({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const pending = usePhone((view) => view.pending?.voteId === voteId);
  const connected = usePhone((view) => view.state.connected);
  if (!pending) return null;
  return (
    <p className="ph-muted" role="status" data-testid="phone-vote-pending">
      {connected ? t('participant:vote.sending') : t('participant:vote.willResend')}
    </p>
  );
}

/**
 * The open vote: the question, the rule and one big button per choice. A member's choice on a
 * hands, roll-call, choice or satisfaction vote is marked and can change until the vote closes;
 * a secret ballot is confirmed first and then final (like paper in the box), and the page only
 * says that it was cast, never what.
 */
export function VoteCard({ vote }: { vote: SelfVote }) {
  const { t } = useTranslation();
  const session = useSession();
  const rule = useRuleText(vote.voteId);
  const pending = usePhone((view) =>
    view.pending?.voteId === vote.voteId ? view.pending.choice : null,
  );
  const [confirming, setConfirming] = useState<string | null>(null);
  const label = (key: string) =>
    choiceLabel(t, key, vote.choices.find((choice) => choice.key === key)?.label ?? '');
  const mine = vote.secret ? null : (pending ?? vote.myChoice);
  const secretSent = vote.secret && (vote.voted || pending !== null);

  let body;
  if (vote.secret && vote.voted) {
    body = (
      <p className="ph-done" data-testid="phone-secret-done">
        ✓ {t('participant:vote.secretDone')}
      </p>
    );
  } else if (!vote.canVote && !secretSent) {
    body = (
      <>
        <p className="ph-lead" data-testid="phone-not-eligible">
          {t('participant:vote.notEligible')}
        </p>
        <p className="ph-muted">{t('participant:vote.notEligibleHint')}</p>
      </>
    );
  } else if (secretSent) {
    body = null;
  } else if (confirming) {
    body = (
      <div className="ph-confirm" role="alertdialog" aria-labelledby="ph-confirm-title">
        <h3 id="ph-confirm-title">{t('participant:vote.confirmTitle')}</h3>
        <p className="ph-lead">
          {t('participant:vote.confirmBody', { choice: label(confirming) })}
        </p>
        <button
          type="button"
          className="ph-primary"
          onClick={() => {
            void session.vote(vote.voteId, confirming);
            setConfirming(null);
          }}
          data-testid="phone-vote-confirm"
        >
          {t('participant:vote.confirm')}
        </button>
        <button type="button" className="ph-secondary" onClick={() => setConfirming(null)}>
          {t('participant:vote.back')}
        </button>
      </div>
    );
  } else {
    body = (
      <>
        <div className="ph-choices ph-ballot" role="group" aria-label={vote.question}>
          {vote.choices.map((choice) => (
            <button
              key={choice.key}
              type="button"
              className={`ph-choice ${choice.key}`}
              aria-pressed={mine === choice.key}
              onClick={() =>
                vote.secret
                  ? setConfirming(choice.key)
                  : mine !== choice.key && void session.vote(vote.voteId, choice.key)
              }
              data-testid={`phone-vote-${choice.key}`}
            >
              {mine === choice.key ? '✓ ' : ''}
              {label(choice.key)}
            </button>
          ))}
        </div>
        {mine ? (
          <p className="ph-mine" data-testid="phone-my-choice">
            {t('participant:vote.yourChoice', { choice: label(mine) })}
            <small>{t('participant:vote.canChange')}</small>
          </p>
        ) : vote.secret ? (
          <p className="ph-muted">{t('participant:vote.secretNote')}</p>
        ) : null}
      </>
    );
  }

  return (
    <section className="ph-card ph-vote" data-testid="phone-vote" aria-live="polite">
      <p className="ph-label">
        {t('participant:vote.heading')} · {t(`domain:voteMethod.${vote.method}`)}
      </p>
      <h2 className="ph-question" data-testid="phone-question">
        {vote.question}
      </h2>
      {rule ? <p className="ph-rule">{t('participant:vote.rule', { rule })}</p> : null}
      {body}
      <Delivery voteId={vote.voteId} />
    </section>
  );
}
