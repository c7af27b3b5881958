import { emitter, type Decided } from '../kernel/core';
import type { FollowupCommand } from './commands';
import type { FollowupEvent } from './events';
import type { FollowupState } from './state';

/** What every decide function returns: the event of one command, or why it was refused. */
export type FollowupDecision = Decided<FollowupEvent>;

/** The one event a command produces, numbered after the registry's last and stamped with its time. */
export const emit = emitter<FollowupState, FollowupCommand, FollowupEvent>();
