import type { TFunction } from 'i18next';
import { memo, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Member } from '../../../../shared/domain';
import { StoreContext, useAppStore } from '../../store/context';
import type { Store } from '../../store/store';
import { phoneJoined } from '../../store/room-slice';
import { PhoneMark } from '../../icons/PhoneMark';
import type { ApiError } from '../../../../shared/api';
import { ErrorMessage } from '../ErrorMessage';
import { matchesName, useIds } from '../meeting-hooks';
import { useCategoryLabel } from '../labels';
import { oneAtATime } from './one-at-a-time';
import { SignOutToast } from './SignOutToast';
import { WaitingList } from './WaitingList';

/**
 * 签到: every member and observer, one click to sign in or out, searchable by name; Enter on the
 * only match signs that person in. A sign-out (a click on a green card) offers its undo at once.
 */
export function SignInGrid() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [said, setSaid] = useState('');
  const [signedOut, setSignedOut] = useState<string | null>(null);
  const ids = useIds((state) =>
    query === ''
      ? state.memberOrder
      : state.memberOrder.filter((id) => matchesName(state.members[id]?.name ?? '', query)),
  );
  // Read at the moment of the click, not subscribed: the rows stay memoised through every change.
  const store = useContext(StoreContext);
  const meeting = () => store?.getState().snapshot?.state;
  const toggleSignIn = useAppStore((state) => state.toggleSignIn);
  // A person whose command has not answered yet is left alone: a quick double click or a second
  // Enter would send the same step twice, the second read against the state before the first.
  const toggle = useMemo(() => oneAtATime(toggleSignIn), [toggleSignIn]);
  const onToggle = useCallback(
    async (memberId: string) => {
      const wasPresent =
        store?.getState().snapshot?.state.attendance[memberId]?.status === 'present';
      const ok = await toggle(memberId);
      if (ok !== null) setSignedOut(ok && wasPresent ? memberId : null);
      return ok;
    },
    [store, toggle],
  );
  // What every row needs alike comes from here, so each row subscribes to its own card only.
  const send = useAppStore((state) => state.send);
  const onExcuse = useCallback(
    (memberId: string) => void send(`signin:${memberId}`, { type: 'roster/excuse', memberId }),
    [send],
  );
  const categoryLabel = useCategoryLabel();
  // One subscription for the whole list: the row that caused an error gets it as a prop.
  const lastError = useAppStore((state) =>
    state.lastError?.source.startsWith('signin:') ? state.lastError : null,
  );
  const signInOnly = async () => {
    const memberId = ids.length === 1 ? ids[0] : undefined;
    const member = memberId ? meeting()?.members[memberId] : undefined;
    if (!memberId || !member) return;
    // Enter never signs anyone out: a second Enter on the same name only says so.
    if (meeting()?.attendance[memberId]?.status === 'present') {
      setSaid(t('ui:chair.safety.alreadyIn', { name: member.name }));
      return;
    }
    if (await toggle(memberId)) {
      setSaid(t('ui:chair.safety.signedInName', { name: member.name }));
      setQuery('');
    }
  };
  return (
    // The one column the open 投屏控制 panel may cover on a wide screen (use-panel-place.ts).
    <section className="panel signin" aria-labelledby="signin-heading" data-pc-place="">
      <h2 id="signin-heading">{t('ui:chair.signIn.heading')}</h2>
      <WaitingList id="run" />
      <input
        type="search"
        id="signin-search"
        className="search"
        aria-label={t('ui:chair.signIn.search')}
        placeholder={t('ui:chair.signIn.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          void signInOnly();
        }}
      />
      <p className="muted signin-said" role="status" data-testid="signin-said">
        {said}
      </p>
      <SignOutToast memberId={signedOut} onDone={() => setSignedOut(null)} />
      {ids.length === 0 ? <p className="muted">{t('ui:chair.signIn.none')}</p> : null}
      <ul className="signin-list">
        {ids.map((id) => (
          <SignInRow
            key={id}
            memberId={id}
            onToggle={onToggle}
            onExcuse={onExcuse}
            t={t}
            categoryLabel={categoryLabel}
            error={lastError?.source === `signin:${id}` ? lastError.error : null}
          />
        ))}
      </ul>
    </section>
  );
}

type RowProps = Readonly<{
  memberId: string;
  onToggle(memberId: string): Promise<boolean | null>;
  onExcuse(memberId: string): void;
  t: TFunction;
  categoryLabel(category: Member['category'], custom?: string): string;
  error: ApiError | null;
}>;

type Card = Readonly<{
  member: Member;
  status: AttendanceStatus;
  byPhone: boolean;
  phone: boolean;
}>;

/**
 * One card's part of the store as one value: the same object while none of its parts changes,
 * so each of 500 cards costs one selector per change of the store and renders only for its own.
 */
function cardOf(memberId: string): (store: Store) => Card | null {
  let last: Card | null = null;
  return (store) => {
    const state = store.snapshot?.state;
    const member = state?.members[memberId];
    if (!state || !member) return null;
    const attendance = state.attendance[memberId];
    const status = attendance?.status ?? 'absent';
    const byPhone = attendance?.via === 'device';
    const phone = phoneJoined(store, memberId);
    if (
      last?.member !== member ||
      last.status !== status ||
      last.byPhone !== byPhone ||
      last.phone !== phone
    )
      last = { member, status, byPhone, phone };
    return last;
  };
}

const SignInRow = memo(function SignInRow({
  memberId,
  onToggle,
  onExcuse,
  t,
  categoryLabel,
  error,
}: RowProps) {
  const card = useAppStore(useMemo(() => cardOf(memberId), [memberId]));
  if (!card) return null;
  const { member, status, byPhone, phone } = card;
  const present = status === 'present';
  return (
    <li className={`signin-row ${status}`}>
      <button
        type="button"
        className="signin-toggle"
        aria-pressed={present}
        onClick={() => void onToggle(memberId)}
      >
        <span className="signin-name">{member.name}</span>
        <span className="signin-meta">
          {categoryLabel(member.category, member.customCategory)}
          {member.role === 'observer' ? ` · ${t('ui:chair.vocab.role.observer')}` : ''}
        </span>
        <span className="signin-state">
          {t(`ui:chair.roster.status.${status}`)}
          {phone || (present && byPhone) ? (
            // A phone has joined as this member, or the sign-in came from it (undoable as any).
            <PhoneMark
              testId={`signin-phone-${memberId}`}
              label={present && byPhone ? t('ui:room.signedInByPhone') : t('ui:room.phoneJoined')}
            />
          ) : null}
        </span>
      </button>
      {status === 'absent' && member.role === 'member' ? (
        <button
          type="button"
          className="secondary signin-excuse"
          aria-label={t('ui:chair.safety.excuseName', { name: member.name })}
          onClick={() => onExcuse(memberId)}
        >
          {t('ui:chair.safety.excuse')}
        </button>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </li>
  );
});
