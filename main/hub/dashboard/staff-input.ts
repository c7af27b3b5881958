// Who a staff write is by, and which field of its body was refused.
import type { HubRequest } from '../server/route';

export const staffLogin = (request: HubRequest): string =>
  request.caller.kind === 'staff' ? request.caller.login : '';

/** The first refused field of a zod failure, for the page to point at. */
export function fieldOf(issues: readonly { path: readonly PropertyKey[] }[]): string | undefined {
  const field = issues[0]?.path[0];
  return typeof field === 'string' ? field : undefined;
}
