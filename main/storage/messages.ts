import { translator, type Locale } from '../../shared/i18n';
import type { Notice } from './types';

/** The catalogue key of a notice ('storage:recovered.fromBackup'). */
export const noticeKey = (notice: Notice): string => `storage:${notice.code}`;

/** One notice in the user's language. */
export function describeNotice(notice: Notice, locale: Locale): string {
  return translator(locale)(noticeKey(notice), notice.params);
}
