import { SECURITY_HEADERS } from '../../server/security';

// Every reply of the hub carries these: nothing is cached (a ledger or a session must not stay in
// a shared browser's cache), nothing is sniffed, no referrer leaves, no page frames the dashboard.
// The CSP is the chair console's (script-src 'self', no inline code): the dashboard is built by
// the same Vite toolchain under the same rules.
export const HUB_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  ...SECURITY_HEADERS,
};
