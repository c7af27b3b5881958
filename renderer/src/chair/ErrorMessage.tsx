import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api';
import { describeError } from '../../../shared/i18n/describe-error';

/**
 * One error in the user's language, for lists whose rows get their error from the list: a row
 * per member cannot afford a store subscription of its own (see ErrorNote for single areas).
 */
export function ErrorMessage({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <p className="error-note" role="alert">
      {describeError((key, params) => t(key, params as Record<string, unknown>), error)}
    </p>
  );
}
