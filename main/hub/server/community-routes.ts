import { commentsFor, markDelivered } from '../comments';
import { enrolCommunity } from '../enrol';
import { describeHubRefusal, ingestBundle } from '../ingest/ingest';
import { refusal } from './dispatch';
import type { HubLocale } from './locale';
import type { HubContext, HubReply, HubRequest, HubRoute } from './route';
import { serverWords } from './words';

// The community app's side of the hub (no cookies; a bearer token after enrolment):
// enrol with a one-time code, send bundles, fetch 督办 comments and refusals, acknowledge.

const LOCALES: readonly HubLocale[] = ['zh-CN', 'zh-TW', 'en'];

/** How many refused bundles a sync reports: the latest; the office sees them all. */
const REFUSED_SHOWN = 50;

export const communityRoutes: readonly HubRoute[] = [
  { method: 'POST', path: '/api/community/enrol', auth: 'none', body: 'json', handle: enrol },
  {
    method: 'POST',
    path: '/api/community/bundles',
    auth: 'community',
    body: 'bytes',
    handle: bundle,
  },
  { method: 'GET', path: '/api/community/sync', auth: 'community', handle: sync },
  { method: 'POST', path: '/api/community/sync/ack', auth: 'community', body: 'json', handle: ack },
];

const communityOf = (request: HubRequest) =>
  request.caller.kind === 'community' ? request.caller.communityId : '';

async function enrol(request: HubRequest, context: HubContext): Promise<HubReply> {
  const body = request.body as Record<string, unknown> | null;
  const code = body?.code;
  const certificatePem = body?.certificatePem;
  if (typeof code !== 'string' || typeof certificatePem !== 'string' || code.length > 100) {
    return refusal(400, 'badRequest', request.locale);
  }
  const enrolled = await enrolCommunity(context.db, { code, certificatePem }, context.now());
  if (!enrolled.ok) {
    const t = serverWords(request.locale);
    return {
      status: 422,
      json: { error: enrolled.code, message: enrolWords(t, enrolled.code) },
    };
  }
  return {
    status: 200,
    json: {
      communityId: enrolled.communityId,
      communityName: enrolled.name,
      token: enrolled.token,
    },
  };
}

function enrolWords(t: ReturnType<typeof serverWords>, code: string): string {
  try {
    return t(`enrol.${code}`);
  } catch {
    return t('enrol.refused');
  }
}

/** Words in every language: the community app shows the refusal in its own user's language. */
function allLanguages(code: string, params: Readonly<Record<string, string | number>>) {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, describeHubRefusal(code, params, locale)]),
  );
}

async function bundle(request: HubRequest, context: HubContext): Promise<HubReply> {
  const communityId = communityOf(request);
  const result = await ingestBundle(context.db, request.bytes ?? new Uint8Array(), {
    via: 'http',
    communityId,
    actor: `community:${communityId}`,
  });
  if (result.ok) {
    const { sha256, sequence, missing } = result;
    return { status: 200, json: { accepted: true, sha256, sequence, missing } };
  }
  return {
    status: 422,
    json: {
      accepted: false,
      code: result.code,
      params: result.params,
      message: allLanguages(result.code, result.params),
      quarantineId: result.quarantineId,
    },
  };
}

async function sync(request: HubRequest, context: HubContext): Promise<HubReply> {
  const communityId = communityOf(request);
  const after = Number(request.query.get('after') ?? '0');
  if (!Number.isSafeInteger(after) || after < 0) return refusal(400, 'badRequest', request.locale);
  const comments = await commentsFor(context.db, communityId, after);
  const refused = await context.db.query(
    `SELECT id, received_at, code, params FROM quarantine WHERE community_id = $1
     ORDER BY id DESC LIMIT ${REFUSED_SHOWN}`,
    [communityId],
  );
  return {
    status: 200,
    json: {
      comments,
      refused: refused.rows.map((row: Record<string, unknown>) => ({
        quarantineId: Number(row.id),
        receivedAt: (row.received_at as Date).toISOString(),
        code: String(row.code),
        message: allLanguages(String(row.code), row.params as Record<string, string | number>),
      })),
      missing: await missingSequences(context, communityId),
    },
  };
}

/** Sequences below the community's highest that no stored bundle holds: the chain's gaps. */
async function missingSequences(context: HubContext, communityId: string): Promise<number[]> {
  const found = await context.db.query(
    `SELECT s AS sequence FROM generate_series(1,
       (SELECT coalesce(max(sequence), 0) FROM bundles WHERE community_id = $1)) AS s
     WHERE NOT EXISTS (SELECT 1 FROM bundles b WHERE b.community_id = $1 AND b.sequence = s)
     ORDER BY s`,
    [communityId],
  );
  return found.rows.map((row: Record<string, unknown>) => Number(row.sequence));
}

async function ack(request: HubRequest, context: HubContext): Promise<HubReply> {
  const upTo = (request.body as Record<string, unknown> | null)?.upTo;
  if (typeof upTo !== 'number' || !Number.isSafeInteger(upTo) || upTo < 0) {
    return refusal(400, 'badRequest', request.locale);
  }
  await markDelivered(context.db, communityOf(request), upTo, context.now());
  return { status: 200, json: { ok: true } };
}
