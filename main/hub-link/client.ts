import { z } from 'zod';
import type { Locale } from '../../shared/i18n/types';
import { HubLinkError } from './errors';

// The community side of the hub's HTTP API (main/hub/server/community-routes.ts): node's fetch,
// a timeout on every call, the chair's language in Accept-Language so the hub's words come back
// in it. Transport failures and the hub's refusals become HubLinkError codes the chair can read;
// a bundle's refusal is an answer, not an error (the next bundle is still sent).

/** Enrolment, sync and acknowledgement are small; a bundle may be tens of MB on a slow line. */
export const SMALL_TIMEOUT_MS = 20_000;
export const BUNDLE_TIMEOUT_MS = 300_000;

export type HubCall = Readonly<{
  address: string;
  token?: string;
  locale: Locale;
  /** Tests and slow networks; default SMALL_TIMEOUT_MS or BUNDLE_TIMEOUT_MS. */
  timeoutMs?: number;
}>;

/** The hub's words: one string in the asked language, or all three by locale. */
const wordsSchema = z.union([z.string(), z.record(z.string(), z.string())]);
type Words = z.infer<typeof wordsSchema>;

/** The hub's words in `locale`, or null when it gave none. */
export function wordsIn(words: Words | null | undefined, locale: Locale): string | null {
  if (words === null || words === undefined) return null;
  if (typeof words === 'string') return words || null;
  return words[locale] ?? null;
}

type Reply = Readonly<{ status: number; json: unknown }>;

/** No hub answer is this large (a sync's 500 comments are well under); more is not read. */
export const MAX_REPLY_BYTES = 8 * 1024 * 1024;

/** The reply's text, or null when it is larger than MAX_REPLY_BYTES or breaks off. */
async function cappedText(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_REPLY_BYTES) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function request(call: HubCall, path: string, init: RequestInit): Promise<Reply> {
  const timeoutMs = call.timeoutMs ?? SMALL_TIMEOUT_MS;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': call.locale,
    ...(init.headers as Record<string, string> | undefined),
  };
  if (call.token !== undefined) headers.Authorization = `Bearer ${call.token}`;
  let response: Response;
  try {
    response = await fetch(`${call.address}${path}`, {
      ...init,
      headers,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new HubLinkError('hubLink.timeout', { seconds: Math.round(timeoutMs / 1000) });
    throw new HubLinkError('hubLink.unreachable', { address: call.address });
  }
  if (response.status === 401) throw new HubLinkError('hubLink.unauthorized');
  const text = await cappedText(response);
  if (text === null) throw new HubLinkError('hubLink.badReply', { status: response.status });
  try {
    return { status: response.status, json: JSON.parse(text) as unknown };
  } catch {
    throw new HubLinkError('hubLink.badReply', { status: response.status });
  }
}

function parsed<T>(schema: z.ZodType<T>, reply: Reply): T {
  const result = schema.safeParse(reply.json);
  if (!result.success) throw new HubLinkError('hubLink.badReply', { status: reply.status });
  return result.data;
}

const postJson = (call: HubCall, path: string, body: unknown) =>
  request(call, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const refusalSchema = z.looseObject({ error: z.string().optional(), message: wordsSchema });

const enrolledSchema = z.looseObject({
  communityId: z.string().min(1).max(80),
  communityName: z.string().max(400),
  token: z.string().min(16).max(400),
});
export type Enrolled = z.infer<typeof enrolledSchema>;

/** Enrols this installation's certificate with the office's one-time code. */
export async function enrol(call: HubCall, code: string, certificatePem: string) {
  const reply = await postJson(call, '/api/community/enrol', { code, certificatePem });
  if (reply.status === 200) return parsed(enrolledSchema, reply);
  const refused = refusalSchema.safeParse(reply.json);
  const reason = refused.success ? wordsIn(refused.data.message, call.locale) : null;
  if (reply.status >= 400 && reply.status < 500 && reason !== null)
    throw new HubLinkError('hubLink.enrolRefused', { reason });
  throw new HubLinkError('hubLink.badReply', { status: reply.status });
}

const acceptedSchema = z.looseObject({
  accepted: z.literal(true),
  sequence: z.number().int().positive(),
  missing: z.array(z.number().int().positive()).default([]),
});
const bundleRefusedSchema = z.looseObject({
  accepted: z.literal(false),
  code: z.string().max(80),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  message: wordsSchema.nullable().default(null),
});
export type BundleAnswer =
  | Readonly<{ accepted: true; missing: readonly number[] }>
  | Readonly<{
      accepted: false;
      code: string;
      params: Readonly<Record<string, string | number>>;
      message: Readonly<Record<string, string>> | null;
    }>;

/** Sends one bundle: accepted (with the gaps the hub sees), or refused with its reason. */
export async function postBundle(call: HubCall, bytes: Uint8Array): Promise<BundleAnswer> {
  const reply = await request({ timeoutMs: BUNDLE_TIMEOUT_MS, ...call }, '/api/community/bundles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/zip' },
    body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
  });
  if (reply.status === 200) {
    const { missing } = parsed(acceptedSchema, reply);
    return { accepted: true, missing };
  }
  const refused = bundleRefusedSchema.safeParse(reply.json);
  if (refused.success) {
    const { code, params, message } = refused.data;
    const words = typeof message === 'string' ? { [call.locale]: message } : message;
    return { accepted: false, code, params, message: words };
  }
  // A refusal before the bundle was read (too large, a bad request) has the general shape.
  const general = refusalSchema.safeParse(reply.json);
  if (reply.status >= 400 && reply.status < 500 && general.success) {
    const words = wordsIn(general.data.message, call.locale) ?? '';
    return {
      accepted: false,
      code: general.data.error ?? 'refused',
      params: {},
      message: { [call.locale]: words },
    };
  }
  throw new HubLinkError('hubLink.badReply', { status: reply.status });
}

const syncSchema = z.looseObject({
  comments: z.array(
    z.looseObject({
      id: z.coerce.number().int().positive(),
      itemKey: z.string().max(200),
      author: z.string().max(400),
      body: z.string().max(20_000),
      createdAt: z.string().max(40),
    }),
  ),
  refused: z
    .array(
      z.looseObject({
        receivedAt: z.string().max(40),
        code: z.string().max(80),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        message: wordsSchema.nullable().optional(),
      }),
    )
    .default([]),
  missing: z.array(z.number().int().positive()).default([]),
});
export type SyncReply = z.infer<typeof syncSchema>;

/** The 督办 comments after `after` (and the refusals and gaps the hub sees). */
export async function fetchSync(call: HubCall, after: number): Promise<SyncReply> {
  const reply = await request(call, `/api/community/sync?after=${after}`, { method: 'GET' });
  if (reply.status !== 200) throw new HubLinkError('hubLink.badReply', { status: reply.status });
  return parsed(syncSchema, reply);
}

/** Tells the hub the comments up to `upTo` are on the board. */
export async function ack(call: HubCall, upTo: number): Promise<void> {
  const reply = await postJson(call, '/api/community/sync/ack', { upTo });
  if (reply.status !== 200) throw new HubLinkError('hubLink.badReply', { status: reply.status });
}
