import {
  apiError,
  isRequestChannel,
  mayCall,
  requestChannels,
  type RequestChannel,
  type ParsedRequestOf,
  type ResponseOf,
  type Result,
  type Role,
} from '../../shared/api';
import { commandIssueError } from '../../shared/domain';
import type { PhoneSocket } from '../room/phones';
import { RepositoryError } from './repository';

/**
 * Who sent a request, as the carrier knows it: a phone's socket, and for a participant the
 * device key it connected with. A participant handler finds its member from this, never from
 * the payload. Empty for the chair and the projector.
 */
export type Caller = Readonly<{ socket?: PhoneSocket; deviceKey?: string }>;

export type Handlers = {
  readonly [C in RequestChannel]: (
    request: ParsedRequestOf<C>,
    caller: Caller,
  ) => Promise<Result<ResponseOf<C>>>;
};

/**
 * The single entry for both carriers. Nothing reaches a handler unless the channel exists, the
 * caller's role may use it, and the payload parses against the channel's schema. Handler
 * exceptions become a typed error instead of a dropped connection or a leaked stack trace.
 */
export async function handleRequest(
  handlers: Handlers,
  role: Role,
  channel: unknown,
  payload: unknown,
  caller: Caller = {},
): Promise<Result<unknown>> {
  if (!isRequestChannel(channel)) {
    return {
      ok: false,
      error: apiError('api.unknownChannel', { channel: String(channel).slice(0, 64) }),
    };
  }
  if (!mayCall(role, channel)) {
    return { ok: false, error: apiError('api.forbidden', { channel, role }) };
  }
  const parsed = requestChannels[channel].request.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // A command's own refusals (a control character, a bad import row) keep the core's words.
    const inCommand =
      issue && issue.path[0] === 'command' ? commandIssueError(issue, issue.path.slice(1)) : null;
    if (inCommand) return { ok: false, error: inCommand };
    return {
      ok: false,
      error: apiError('api.malformed', {
        channel,
        path: issue ? issue.path.join('.') : '',
        issue: issue ? issue.message : '',
      }),
    };
  }
  try {
    const handler = handlers[channel] as (
      request: unknown,
      caller: Caller,
    ) => Promise<Result<unknown>>;
    return await handler(parsed.data, caller);
  } catch (error) {
    // A storage refusal already speaks the catalogue's language: pass it on, not its code as text.
    if (error instanceof RepositoryError) return { ok: false, error: error.error };
    return { ok: false, error: apiError('api.internal', { message: describe(error) }) };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
}
