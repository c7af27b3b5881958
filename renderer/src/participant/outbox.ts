import type { ApiError, Result } from '../../../shared/api';
import { attempt, type KeyValueStore } from './storage';

const PENDING_KEY = 'yishiting.participant.ballot';

/** A ballot sent but not yet answered, kept until the server says counted or refused. */
export type PendingBallot = Readonly<{
  /** The device key it was cast with: another member on this phone never re-sends it. */
  owner: string;
  voteId: string;
  ballotId: string;
  choice: string;
}>;

/** counted: in the record; kept: not answered (offline), sent again on reconnect; refused: dropped. */
export type SendOutcome =
  | { readonly status: 'counted' }
  | { readonly status: 'kept' }
  | { readonly status: 'refused'; readonly error: ApiError };

/** The answer never arrived, so the ballot may or may not be in: only these are sent again. */
const UNANSWERED = new Set(['api.disconnected', 'api.timeout']);

function isPending(value: unknown): value is PendingBallot {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return ['owner', 'voteId', 'ballotId', 'choice'].every((key) => typeof entry[key] === 'string');
}

function read(storage: KeyValueStore | null): PendingBallot | null {
  if (!storage) return null;
  const text = attempt(() => storage.getItem(PENDING_KEY), null);
  if (!text) return null;
  const value = attempt(() => JSON.parse(text) as unknown, null);
  return isPending(value) ? value : null;
}

export type Outbox = Readonly<{
  /** The ballot waiting for an answer, if it is this device key's. */
  pending(owner: string): PendingBallot | null;
  /** A new ballot (a new id): it replaces any unanswered one, whose choice the member changed. */
  cast(owner: string, voteId: string, choice: string): Promise<SendOutcome>;
  /** After a reconnect: the unanswered ballot again, with the SAME id (the server is idempotent). */
  resend(owner: string): Promise<SendOutcome | null>;
  /** Forgets any ballot (the device key died with the room's codes). */
  clear(): void;
}>;

/**
 * Ballots leave the phone through here. Each is written to storage with its id before it is sent
 * and removed only when the server answers, so a phone that loses Wi-Fi or is put to sleep
 * mid-vote sends the same ballot again when it comes back: never lost, never counted twice.
 */
export function createOutbox(
  storage: KeyValueStore | null,
  send: (ballot: PendingBallot) => Promise<Result<unknown>>,
  newId: () => string,
): Outbox {
  // Without storage the ballot still survives a reconnect (not a reload) in memory.
  let memory: PendingBallot | null = null;
  const current = () => (storage ? read(storage) : null) ?? memory;
  const write = (ballot: PendingBallot | null) => {
    memory = ballot;
    if (!storage) return;
    attempt(
      () =>
        ballot
          ? storage.setItem(PENDING_KEY, JSON.stringify(ballot))
          : storage.removeItem(PENDING_KEY),
      undefined,
    );
  };

  const deliver = async (ballot: PendingBallot): Promise<SendOutcome> => {
    const result = await send(ballot);
    if (!result.ok && UNANSWERED.has(result.error.code)) return { status: 'kept' };
    // Only this ballot's answer clears it: a newer choice cast meanwhile stays until its own.
    if (current()?.ballotId === ballot.ballotId) write(null);
    return result.ok ? { status: 'counted' } : { status: 'refused', error: result.error };
  };

  return {
    pending(owner) {
      const ballot = current();
      return ballot?.owner === owner ? ballot : null;
    },
    cast(owner, voteId, choice) {
      const ballot = { owner, voteId, ballotId: newId(), choice };
      write(ballot);
      return deliver(ballot);
    },
    async resend(owner) {
      const ballot = current();
      if (!ballot || ballot.owner !== owner) return null;
      return deliver(ballot);
    },
    clear() {
      write(null);
    },
  };
}
