import type { IncomingMessage } from 'node:http';
import { authenticate } from './caller';
import { declaredTooLarge, readBody } from './body';
import { BUNDLE_LIMIT, JSON_LIMIT } from './limits';
import { requestLocale, type HubLocale } from './locale';
import type { RouteTable } from './match';
import { cookieValue, sameOrigin } from './origin';
import type { HubContext, HubReply, HubRequest, HubRoute } from './route';
import { SESSION_COOKIE } from './session-cookie';
import { loadHubStatic } from './static';
import { serverWords } from './words';

export type Dispatch = Readonly<{
  context: HubContext;
  table: RouteTable;
  rendererDir: string;
  /** Whether the request names the hub in Host (host-gate.ts). */
  hostOk(request: IncomingMessage): boolean;
}>;

/** What to answer; `close` drops the connection after it (a body left unread). */
export type Outcome = Readonly<{ reply: HubReply; close: boolean }>;

/** A refusal as JSON: a stable `error` code for programs and `message` words for people. */
export function refusal(status: number, error: string, locale: HubLocale, params = {}): HubReply {
  return { status, json: { error, message: serverWords(locale)(error, params) } };
}

/**
 * One request through the hub's gates, in an order that reads nothing it need not: Host, route, Origin,
 * caller, then the body (so an unknown sender's 64 MiB is never read), then the handler.
 */
export async function handleRequest(
  dispatch: Dispatch,
  request: IncomingMessage,
  url: URL | null,
): Promise<Outcome> {
  const locale = requestLocale(
    url?.searchParams ?? new URLSearchParams(),
    header(request, 'accept-language'),
  );
  const unread = (reply: HubReply): Outcome => ({ reply, close: hasBody(request) });
  if (!url) return unread(refusal(400, 'badRequest', locale));
  if (!dispatch.hostOk(request)) return unread(refusal(421, 'misdirected', locale));
  const method = request.method ?? '';
  const found = dispatch.table(method, url.pathname);
  if (found.kind === 'method') return unread(refusal(405, 'methodNotAllowed', locale));
  if (found.kind === 'none') {
    if (method !== 'GET') return unread(refusal(404, 'notFound', locale));
    return unread(await staticReply(dispatch.rendererDir, url.pathname, locale));
  }
  const { route } = found;
  const needsOrigin = route.method === 'POST' && (route.auth === 'staff' || route.sameOrigin);
  if (needsOrigin && !sameOrigin(request)) return unread(refusal(403, 'foreignOrigin', locale));
  const caller = await authenticate(route.auth, request, dispatch.context);
  if (!caller) {
    const error = route.auth === 'staff' ? 'loginRequired' : 'badToken';
    return unread(refusal(401, error, locale));
  }
  const body = await readRouteBody(route, request, locale);
  if (!body.ok) return { reply: body.reply, close: true };
  const hubRequest: HubRequest = {
    method: route.method,
    path: url.pathname,
    params: found.params,
    query: url.searchParams,
    body: body.json,
    bytes: body.bytes,
    caller,
    locale,
    remoteAddress: request.socket.remoteAddress ?? '',
    sessionToken: cookieValue(header(request, 'cookie'), SESSION_COOKIE),
  };
  try {
    return { reply: await route.handle(hubRequest, dispatch.context), close: false };
  } catch (error) {
    console.error(`yishiting hub: ${route.method} ${route.path}: ${String(error)}`);
    return { reply: refusal(500, 'internal', locale), close: false };
  }
}

type RouteBody =
  | Readonly<{ ok: true; json: unknown; bytes: Uint8Array | null }>
  | Readonly<{ ok: false; reply: HubReply }>;

async function readRouteBody(
  route: HubRoute,
  request: IncomingMessage,
  locale: HubLocale,
): Promise<RouteBody> {
  if (route.body === undefined) {
    // Nothing to read; a body sent anyway is drained (bounded by the JSON limit) and ignored.
    const read = await readBody(request, JSON_LIMIT);
    return read.ok ? { ok: true, json: undefined, bytes: null } : tooLarge(JSON_LIMIT, locale);
  }
  const limit = route.body === 'bytes' ? BUNDLE_LIMIT : JSON_LIMIT;
  if (declaredTooLarge(request, limit)) return tooLarge(limit, locale);
  const read = await readBody(request, limit);
  if (!read.ok) {
    return read.reason === 'tooLarge'
      ? tooLarge(limit, locale)
      : { ok: false, reply: refusal(400, 'badRequest', locale) };
  }
  if (route.body === 'bytes') return { ok: true, json: undefined, bytes: read.bytes };
  try {
    return { ok: true, json: JSON.parse(read.bytes.toString('utf8')) as unknown, bytes: null };
  } catch {
    return { ok: false, reply: refusal(400, 'badJson', locale) };
  }
}

function tooLarge(limit: number, locale: HubLocale): RouteBody {
  const megabytes = Math.round(limit / (1024 * 1024));
  return { ok: false, reply: refusal(413, 'tooLarge', locale, { megabytes }) };
}

async function staticReply(root: string, path: string, locale: HubLocale): Promise<HubReply> {
  const file = await loadHubStatic(root, path);
  if (!file) return refusal(404, path === '/' ? 'notBuilt' : 'notFound', locale);
  return { status: 200, bytes: file.body, contentType: file.type };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Whether a request carries a body that a refusal leaves unread. */
function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (
    request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
  );
}
