import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import type { ApiError } from '../../../../shared/api';
import { ErrorMessage } from '../ErrorMessage';
import { matchesName, useIds, useMeeting } from '../meeting-hooks';
import { categoryLabel } from '../labels';

/** 签到: every member and observer, one click to sign in or out, searchable by name. */
export function SignInGrid() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const ids = useIds((state) =>
    query === ''
      ? state.memberOrder
      : state.memberOrder.filter((id) => matchesName(state.members[id]?.name ?? '', query)),
  );
  const toggleSignIn = useAppStore((state) => state.toggleSignIn);
  // One subscription for the whole list: the row that caused an error gets it as a prop.
  const lastError = useAppStore((state) =>
    state.lastError?.source.startsWith('signin:') ? state.lastError : null,
  );
  return (
    <section className="panel signin" aria-labelledby="signin-heading">
      <h2 id="signin-heading">{t('ui:chair.signIn.heading')}</h2>
      <input
        type="search"
        id="signin-search"
        className="search"
        aria-label={t('ui:chair.signIn.search')}
        placeholder={t('ui:chair.signIn.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {ids.length === 0 ? <p className="muted">{t('ui:chair.signIn.none')}</p> : null}
      <ul className="signin-list">
        {ids.map((id) => (
          <SignInRow
            key={id}
            memberId={id}
            onToggle={toggleSignIn}
            error={lastError?.source === `signin:${id}` ? lastError.error : null}
          />
        ))}
      </ul>
    </section>
  );
}

type RowProps = Readonly<{
  memberId: string;
  onToggle(memberId: string): Promise<boolean>;
  error: ApiError | null;
}>;

/** A row reads two values of the store (its member and its attendance); 500 rows stay cheap. */
const SignInRow = memo(function SignInRow({ memberId, onToggle, error }: RowProps) {
  const { t } = useTranslation();
  const member = useMeeting((state) => state.members[memberId]);
  const status = useMeeting((state) => state.attendance[memberId]?.status) ?? 'absent';
  const present = status === 'present';
  if (!member) return null;
  return (
    <li className={present ? 'signin-row present' : 'signin-row'}>
      <button
        type="button"
        className="signin-toggle"
        aria-pressed={present}
        onClick={() => void onToggle(memberId)}
      >
        <span className="signin-name">{member.name}</span>
        <span className="signin-meta">
          {categoryLabel(t, member.category, member.customCategory)}
          {member.role === 'observer' ? ` · ${t('ui:chair.vocab.role.observer')}` : ''}
        </span>
        <span className="signin-state">{t(`ui:chair.roster.status.${status}`)}</span>
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </li>
  );
});
