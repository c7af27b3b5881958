import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import { useSession, usePhone } from './context';
import type { JoinPhase } from './machine';

/** A refusal from the server in the reader's words (never a raw key). */
export function PhoneError() {
  const { t } = useTranslation();
  const error = usePhone((view) => view.error);
  if (!error) return null;
  return (
    <p className="ph-error" role="alert" data-testid="phone-error">
      {describeError((key, params) => t(key, params as Record<string, unknown>), error)}
    </p>
  );
}

/** No room token and no slip: the six digits on the projector lead to the room. */
export function CodeScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const phase = usePhone((view) => view.state.phase);
  const [code, setCode] = useState('');
  const { error, busy } = phase.kind === 'code' ? phase : { error: null, busy: false };
  const digits = code.replace(/\D/g, '').slice(0, 6);
  return (
    <form
      className="ph-card"
      data-testid="phone-code"
      onSubmit={(event) => {
        event.preventDefault();
        if (digits.length === 6 && !busy) void session.submitCode(digits);
      }}
    >
      <h1>{t('participant:code.heading')}</h1>
      <p className="ph-hint" id="ph-code-hint">
        {t('participant:code.hint')}
      </p>
      <label className="ph-field">
        <span>{t('participant:code.label')}</span>
        <input
          className="ph-code-input"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={6}
          value={digits}
          aria-describedby="ph-code-hint"
          aria-invalid={error ? true : undefined}
          onChange={(event) => setCode(event.target.value)}
          data-testid="phone-code-input"
        />
      </label>
      {error ? (
        <p className="ph-error" role="alert" data-testid="phone-code-error">
          {t(`participant:code.${error}`)}
        </p>
      ) : null}
      <button
        type="submit"
        className="ph-primary"
        disabled={digits.length !== 6 || busy}
        data-testid="phone-code-submit"
      >
        {t('participant:code.submit')}
      </button>
    </form>
  );
}

type Pick = Extract<JoinPhase, { kind: 'pick' }>;

/** The roster's names, with a search box: a 37-member council is too long to scroll through. */
export function PickScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const phase = usePhone((view) => view.state.phase) as Pick;
  const [query, setQuery] = useState('');
  const members = phase.roster?.members ?? [];
  const wanted = query.trim();
  const shown = wanted ? members.filter((member) => member.name.includes(wanted)) : members;
  return (
    <section className="ph-card" data-testid="phone-pick">
      <h1>{t('participant:pick.heading')}</h1>
      <p className="ph-hint">{t('participant:pick.hint')}</p>
      {phase.rejected ? (
        <p className="ph-error" role="alert" data-testid="phone-rejected">
          {t('participant:pick.rejected')}
        </p>
      ) : null}
      <PhoneError />
      {phase.roster === null ? (
        <p className="ph-hint">{t('participant:pick.loading')}</p>
      ) : (
        <>
          <label className="ph-field">
            <span>{t('participant:pick.search')}</span>
            <input
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              data-testid="phone-pick-search"
            />
          </label>
          {shown.length === 0 ? <p className="ph-hint">{t('participant:pick.none')}</p> : null}
          <ul className="ph-names">
            {shown.map((member) => (
              <li key={member.memberId}>
                <button
                  type="button"
                  className="ph-name"
                  onClick={() => void session.pick(member.memberId, member.name)}
                  data-testid="phone-pick-name"
                >
                  {member.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Asked to join: the chair confirms on the console; a wrong name can be taken back. */
export function WaitingScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const name = usePhone((view) =>
    view.state.phase.kind === 'waiting' ? view.state.phase.name : '',
  );
  return (
    <section className="ph-card" data-testid="phone-waiting" aria-live="polite">
      <h1>{t('participant:waiting.heading')}</h1>
      <div className="ph-spinner" aria-hidden="true" />
      <p>{t('participant:waiting.body', { name })}</p>
      <button type="button" className="ph-secondary" onClick={() => session.cancel()}>
        {t('participant:waiting.cancel')}
      </button>
    </section>
  );
}
