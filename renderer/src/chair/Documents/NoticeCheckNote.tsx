import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkNotice,
  describeNoticeWarning,
  type NoticeCheck,
  type NoticeRequest,
} from '../../../../shared/documents/notice-checks';
import { useAppStore } from '../../store/context';

const NONE: NoticeCheck = { refusal: null, warnings: [] };

/**
 * The notice guard rails (shared/documents/notice-checks.ts) on the console's snapshot, as the
 * chair picks the vote and the posting day: the same refusal the export would answer with, and
 * the warnings, before anything is signed.
 */
export function useNoticeCheck(request: NoticeRequest | null): NoticeCheck {
  const state = useAppStore((store) => store.snapshot?.state ?? null);
  const { locale, kind, voteId, itemId, postedOn } = request ?? {};
  return useMemo(() => {
    if (!state || !locale || postedOn === undefined) return NONE;
    return checkNotice(state, { locale, kind, voteId, itemId, postedOn });
  }, [state, locale, kind, voteId, itemId, postedOn]);
}

/** Why the notice cannot be made (the button is then disabled), or what is unusual about it. */
export function NoticeCheckNote({ check }: Readonly<{ check: NoticeCheck }>) {
  const { t } = useTranslation();
  if (check.refusal) {
    return (
      <p className="error-note" role="alert" data-testid="notice-refusal">
        {t(check.refusal.key, check.refusal.params)}
      </p>
    );
  }
  return (
    <>
      {check.warnings.map((warning) => (
        <p
          key={warning.code + JSON.stringify(warning.params)}
          className="notice-warning"
          data-testid="notice-warning"
        >
          {describeNoticeWarning(warning, t)}
        </p>
      ))}
    </>
  );
}
