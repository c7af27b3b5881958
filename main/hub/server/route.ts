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
}>;

export type HubReply =
  | Readonly<{ status: number; json: unknown }>
  | Readonly<{ status: number; bytes: Uint8Array; contentType: string; fileName?: string }>;

export type HubContext = Readonly<{ db: HubDb; now: () => Date }>;

export type HubRoute = Readonly<{
  method: 'GET' | 'POST';
  /** Exact path, or with `:name` segments. */
  path: string;
  /** Who may call it: a logged-in staff member, an enrolled community (bearer token), anyone. */
  auth: 'staff' | 'community' | 'none';
  body?: 'json' | 'bytes';
  handle(request: HubRequest, context: HubContext): Promise<HubReply>;
}>;
