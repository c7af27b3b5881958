import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import { useAppStore } from '../store/context';

/** Shows the last error of one area of the screen, in the user's language, next to its cause. */
export function ErrorNote({ source }: { source: string }) {
  const { t } = useTranslation();
  const lastError = useAppStore((state) => state.lastError);
  if (!lastError || lastError.source !== source) return null;
  return (
    <p className="error-note" role="alert">
      {describeError((key, params) => t(key, params as Record<string, unknown>), lastError.error)}
    </p>
  );
}
