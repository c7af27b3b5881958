// The hub's HTTP routes as plain data, so each area (community endpoints, staff login, dashboard)
// declares its own table and the server joins them: one place does parsing, limits and auth.
import type { HubDb } from '../db/pool';

/** Who a request was made by, once the server has checked it. */
export type HubCaller =
  | Readonly<{ kind: 'staff'; login: string }>
  | Readonly<{ kind: 'community'; communityId: string }>
  | Readonly<{ kind: 'anonymous' }>;

export type HubRequest = Readonly<{
  method: 'GET' | 'POST';
  /** Path without the query, e.g. /api/dash/meetings. */
  path: string;
  /** Values of `:name` segments in the route's path. */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** JSON body already parsed (routes with body 'json'), or raw bytes (body 'bytes'). */
  body: unknown;
  bytes: Uint8Array | null;
  caller: HubCaller;
  /** Preferred locale of the caller for words in replies (Accept-Language or ?lang). */
  locale: 'zh-CN' | 'zh-TW' | 'en';
  /** The peer's address, for the login rate limit and the audit log (set by the server). */
  remoteAddress?: string;
  /** The raw `hub_session` cookie, so logout can end exactly this session (set by the server). */
  sessionToken?: string | null;
}>;

/** A `Set-Cookie` value for the reply: only the staff routes set the session cookie. */
type ReplyCookie = Readonly<{ setCookie?: string }>;

export type HubReply =
  | (Readonly<{ status: number; json: unknown }> & ReplyCookie)
  | (Readonly<{ status: number; bytes: Uint8Array; contentType: string; fileName?: string }> &
      ReplyCookie);

export type HubContext = Readonly<{ db: HubDb; now: () => Date }>;

export type HubRoute = Readonly<{
  method: 'GET' | 'POST';
  /** Exact path, or with `:name` segments. */
  path: string;
  /** Who may call it: a logged-in staff member, an enrolled community (bearer token), anyone. */
  auth: 'staff' | 'community' | 'none';
  body?: 'json' | 'bytes';
  /**
   * A POST made by the dashboard's pages: it must carry the hub's own Origin (403 otherwise).
   * Implied by auth 'staff'; set it on staff routes that run before a session exists (login).
   */
  sameOrigin?: boolean;
  handle(request: HubRequest, context: HubContext): Promise<HubReply>;
}>;
