import type { HubWords } from '../../../shared/i18n/hub/zh-CN';
import { HubCallError } from './api';

/** Words for a failed call: the hub's own words when it sent some, else the catalogue's. */
export function errorText(error: unknown, w: HubWords): string {
  if (!(error instanceof HubCallError)) return w.errors.server;
  if (error.code === 'loginFailed') return w.login.failed;
  // The hub words this one itself, with how many minutes to wait.
  if (error.code === 'loginLimited') return error.hubMessage ?? w.login.limited;
  if (error.status === 401) return w.errors.signedOut;
  const known = w.errors as Readonly<Record<string, string>>;
  if (Object.hasOwn(known, error.code)) return known[error.code]!;
  return error.hubMessage ?? w.errors.server;
}

export const isSignedOut = (error: unknown): boolean =>
  error instanceof HubCallError && error.status === 401;
