import type { RequestChannel } from '../../../shared/api';
import type { Handlers } from '../gate';
import type { HandlerContext } from './context';
import { documentsHandlers } from './documents';
import { followupAreaHandlers } from './followup';
import { hubLinkHandlers } from './hub-link';
import { joinHandlers } from './join';
import { lanHandlers } from './lan';
import { meetingHandlers } from './meeting';
import { meetingsHandlers } from './meetings';
import { participantHandlers } from './participant';
import { projectorHandlers } from './projector';
import { roomHandlers } from './room';
import { settingsHandlers } from './settings';
import { signingHandlers } from './signing';

type AllKeys<T extends readonly object[]> = T extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? keyof Head | AllKeys<Rest>
  : never;

/** The channels more than one area answers (never, when each has exactly one handler). */
export type Overlaps<T extends readonly object[]> = T extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? (keyof Head & AllKeys<Rest>) | Overlaps<Rest>
  : never;

/** Refuses, at compile time, areas that leave a channel unanswered or answer one twice. */
type Checked<T extends readonly object[]> = [Overlaps<T>] extends [never]
  ? [Exclude<RequestChannel, AllKeys<T>>] extends [never]
    ? T
    : readonly ['a request channel has no handler', Exclude<RequestChannel, AllKeys<T>>]
  : readonly ['a request channel has two handlers', Overlaps<T>];

/**
 * Joins the areas' handlers into the gate's table. The compiler checks that every request channel
 * of the API table has exactly one handler: a new channel fails to compile until one area
 * answers it, and two areas cannot both answer one.
 */
export function joinAreas<const T extends readonly Partial<Handlers>[]>(
  ...areas: T & Checked<T>
): Handlers {
  return Object.assign({}, ...areas) as Handlers;
}

/** The backend's handler table, one module per area, each given the same small context. */
export function backendHandlers(ctx: HandlerContext): Handlers {
  return joinAreas(
    meetingsHandlers(ctx),
    meetingHandlers(ctx),
    documentsHandlers(ctx),
    signingHandlers(ctx),
    settingsHandlers(ctx),
    projectorHandlers(ctx),
    lanHandlers(ctx),
    followupAreaHandlers(ctx),
    hubLinkHandlers(ctx),
    roomHandlers(ctx),
    joinHandlers(ctx),
    participantHandlers(ctx),
  );
}
