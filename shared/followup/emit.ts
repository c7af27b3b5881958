import { ok, type Result } from '../domain/result';
import type { FollowupCommand } from './commands';
import type { FollowupEvent, FollowupEventOf, FollowupEventType } from './events';
import type { FollowupState } from './state';

/** What every decide function returns: the event of one command, or why it was refused. */
export type FollowupDecision = Result<readonly FollowupEvent[]>;

type Payload<T extends FollowupEventType> = Omit<FollowupEventOf<T>, 'type' | 'seq' | 'at'>;

/** The one event a command produces, numbered after the registry's last and stamped with its time. */
export function emit<T extends FollowupEventType>(
  state: FollowupState,
  command: FollowupCommand,
  type: T,
  payload: Payload<T>,
): FollowupDecision {
  const event = { type, seq: state.version + 1, at: command.at, ...payload };
  return ok([event as unknown as FollowupEvent]);
}
