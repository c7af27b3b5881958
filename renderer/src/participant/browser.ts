import { createWsClient } from '../api/ws-client';
import type { CodeError } from './machine';
import type { Gone, SessionDeps } from './session';
import { browserStorage, randomId } from './storage';

/** Close codes of an open socket (room-api.md): codes rotated / room off / released, meeting closed. */
const WITHDRAWN = 4001;
const MEETING_CLOSED = 4003;
/** Refused upgrades in a row before the phone asks the server whether it is the key or the Wi-Fi. */
const REFUSALS_BEFORE_PROBE = 3;

/** POSTs a typed or scanned code; the answer's status says what went wrong, in the phone's words. */
async function post<T>(path: string, body: object): Promise<T | { error: CodeError }> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
    });
    if (response.status === 429) return { error: 'tooMany' };
    if (response.status === 409) return { error: 'held' };
    if (!response.ok) return { error: 'wrong' };
    return (await response.json()) as T;
  } catch {
    return { error: 'offline' };
  }
}

/**
 * A refused upgrade looks like lost Wi-Fi to a browser (close 1006, never open). If the page's
 * own server answers plain HTTP, the network is fine and the socket was refused: the key or the
 * room token is dead (404: the room is off). A network error means the phone is really offline.
 */
async function serverAnswers(): Promise<boolean> {
  try {
    await fetch('/join', { method: 'HEAD', cache: 'no-store', credentials: 'omit' });
    return true;
  } catch {
    return false;
  }
}

/** The session's ties to this browser: its sockets, storage, address bar and clock. */
export function browserDeps(where: Pick<Location, 'protocol' | 'host' | 'pathname'> = location) {
  const scheme = where.protocol === 'https:' ? 'wss:' : 'ws:';
  const storage = browserStorage();
  const deps: SessionDeps = {
    storage,
    openSocket: (path, gone: (why: Gone) => void) => {
      let refusals = 0;
      return createWsClient(`${scheme}//${where.host}${path}`, null, {
        closedForGood: (code, opened) => {
          if (code === WITHDRAWN || code === MEETING_CLOSED) {
            // After the client has stopped: the session then leaves this socket for good.
            queueMicrotask(() => gone(code === WITHDRAWN ? 'dead' : 'ended'));
            return true;
          }
          refusals = opened ? 0 : refusals + 1;
          if (refusals === REFUSALS_BEFORE_PROBE) {
            void serverAnswers().then((answers) => (answers ? gone('dead') : (refusals = 0)));
          }
          return false;
        },
      });
    },
    findRoom: (code) => post<{ room: string }>('/join/short', { code }),
    redeemSlip: (code, deviceKey) =>
      post<{ deviceKey: string }>('/join/slip', deviceKey ? { code, deviceKey } : { code }),
    forgetUrl: () => history.replaceState(null, '', where.pathname),
    newId: randomId,
    now: () => Date.now(),
  };
  return deps;
}
