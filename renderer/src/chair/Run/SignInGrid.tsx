import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { ErrorNote } from '../ErrorNote';
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
          <SignInRow key={id} memberId={id} />
        ))}
      </ul>
    </section>
  );
}

const SignInRow = memo(function SignInRow({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const name = useMeeting((state) => state.members[memberId]?.name) ?? '';
  const category = useMeeting((state) => state.members[memberId]?.category);
  const customCategory = useMeeting((state) => state.members[memberId]?.customCategory) ?? '';
  const observer = useMeeting((state) => state.members[memberId]?.role === 'observer');
  const present = useMeeting((state) => state.attendance[memberId]?.status === 'present') ?? false;
  const toggleSignIn = useAppStore((state) => state.toggleSignIn);
  return (
    <li className={present ? 'signin-row present' : 'signin-row'}>
      <button
        type="button"
        className="signin-toggle"
        aria-pressed={present}
        onClick={() => void toggleSignIn(memberId)}
      >
        <span className="signin-name">{name}</span>
        <span className="signin-meta">
          {category ? categoryLabel(t, category, customCategory) : ''}
          {observer ? ` · ${t('ui:chair.vocab.role.observer')}` : ''}
        </span>
        <span className="signin-state">
          {present ? t('ui:chair.signIn.present') : t('ui:chair.signIn.absent')}
        </span>
      </button>
      <ErrorNote source={`signin:${memberId}`} />
    </li>
  );
});
