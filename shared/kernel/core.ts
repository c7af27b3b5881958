import type { Problem } from '../errors';
import { ok, type Result } from './result';

/** What every core's state carries: how many events made it and the time of the last. */
export type CoreState = Readonly<{ version: number; lastAt: number }>;
/** What every core's command carries: a type and the time the backend stamped on it. */
export type CoreCommand = Readonly<{ type: string; at: number }>;
/** What every core's event carries. */
export type CoreEvent = Readonly<{ type: string; seq: number; at: number }>;

/** The events of one command, or why it was refused. */
export type Decided<E> = Result<readonly E[]>;

/** A dispatched command: the new state and the events to store, or a typed rejection. */
export type Dispatched<S, E> =
  Readonly<{ ok: true; state: S; events: readonly E[] }> | Readonly<{ ok: false; error: Problem }>;

/** One decide function per command type; the compiler checks none is missing or extra. */
export type DecideTable<S, C extends CoreCommand, E> = {
  readonly [K in C['type']]: (state: S, command: Extract<C, { type: K }>) => Decided<E>;
};

/** The three parts of an event-sourced core. */
export type Core<S, C, E> = Readonly<{
  /** Anything → a command, or 'command.malformed' (with the core's own words for some issues). */
  parse: (input: unknown) => Result<C>;
  /** A command against the state → its events, or a typed refusal. Pure. */
  decide: (state: S, command: C) => Decided<E>;
  /** Folds one event into the state. Pure. */
  apply: (state: S, event: E) => S;
}>;

/**
 * A decide function from a table of them, refusing first a command older than the state's last
 * event ('command.timeWentBack'), which no core may accept: time in a replay only goes forward.
 */
export function decideBy<S extends CoreState, C extends CoreCommand, E>(
  table: DecideTable<S, C, E>,
): (state: S, command: C) => Decided<E> {
  return (state, command) => {
    if (command.at < state.lastAt) {
      const params = { at: command.at, lastAt: state.lastAt };
      return { ok: false, error: { code: 'command.timeWentBack', params } };
    }
    const decideOne = table[command.type as C['type']] as (s: S, c: C) => Decided<E>;
    return decideOne(state, command);
  };
}

/**
 * A core's dispatch: parses anything as a command, decides it and applies its events. Never
 * throws, whatever the input: a malformed command is 'command.malformed', a refused one its typed
 * error, and in both cases the state is untouched. An exception would be a bug; it is reported
 * as 'command.failed' rather than crashing the meeting in the room.
 */
export function dispatchWith<S, C, E>(
  core: Core<S, C, E>,
): (state: S, input: unknown) => Dispatched<S, E> {
  return (state, input) => {
    try {
      const parsed = core.parse(input);
      if (!parsed.ok) return parsed;
      const decided = core.decide(state, parsed.value);
      if (!decided.ok) return decided;
      let next = state;
      for (const event of decided.value) next = core.apply(next, event);
      return { ok: true, state: next, events: decided.value };
    } catch (cause) {
      return { ok: false, error: { code: 'command.failed', params: { message: String(cause) } } };
    }
  };
}

/** Rebuilds a state from its events, one `apply` at a time. */
export function replayWith<S, E>(
  initial: S,
  events: readonly E[],
  apply: (state: S, event: E) => S,
): S {
  let state = initial;
  for (const event of events) state = apply(state, event);
  return state;
}

type Payload<E, T> = Omit<Extract<E, { type: T }>, 'type' | 'seq' | 'at'>;

/**
 * A core's `emit`: the one event a command produces, numbered after the state's last event and
 * stamped with the command's time. One command → one event keeps undo simple: undo reverts
 * exactly one event.
 */
export function emitter<S extends CoreState, C extends CoreCommand, E extends CoreEvent>() {
  return function emit<T extends E['type']>(
    state: S,
    command: C,
    type: T,
    payload: Payload<E, T>,
  ): Decided<E> {
    const event = { type, seq: state.version + 1, at: command.at, ...payload } as unknown as E;
    return ok([event]);
  };
}
