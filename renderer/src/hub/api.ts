// The dashboard's calls to its hub: same origin, JSON, the session cookie sent by the browser.
// Replies are parsed with the same schemas the hub answers with (shared/hub/api.ts).
import type { z } from 'zod';

export class HubCallError extends Error {
  constructor(
    readonly status: number,
    /** The hub's error code ('badRequest', 'unknownItem', 'loginFailed', …) or 'offline'. */
    readonly code: string,
    /** Words the hub sent, if any (server refusals come worded in the page's language). */
    readonly hubMessage: string | null,
  ) {
    super(code);
  }
}

type Params = Readonly<Record<string, string | undefined>>;

export function withParams(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function send(path: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new HubCallError(0, 'offline', null);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<
      string,
      unknown
    >;
    const code = typeof record.error === 'string' ? record.error : 'server';
    const message = typeof record.message === 'string' ? record.message : null;
    throw new HubCallError(response.status, code, message);
  }
  return body;
}

export async function getJson<T>(schema: z.ZodType<T>, path: string, params?: Params): Promise<T> {
  const parsed = schema.safeParse(await send(withParams(path, params), { method: 'GET' }));
  if (!parsed.success) throw new HubCallError(200, 'server', null);
  return parsed.data;
}

export async function postJson(path: string, body: unknown): Promise<unknown> {
  return send(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}
