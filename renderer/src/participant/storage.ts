/** What the phone keeps across reloads and sleeps, in this origin's localStorage. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const DEVICE_KEY = 'yishiting.participant.deviceKey';

/** Storage may be unavailable (a private window); the phone then works until it reloads. */
function attempt<T>(action: () => T, otherwise: T): T {
  try {
    return action();
  } catch {
    return otherwise;
  }
}

export function browserStorage(): KeyValueStore | null {
  return attempt(() => window.localStorage, null);
}

/** The credential this phone got when it joined: it rejoins with it after a reload or a sleep. */
export function loadDeviceKey(storage: KeyValueStore | null): string | null {
  return storage ? attempt(() => storage.getItem(DEVICE_KEY), null) : null;
}

export function saveDeviceKey(storage: KeyValueStore | null, key: string): void {
  if (storage) attempt(() => storage.setItem(DEVICE_KEY, key), undefined);
}

/** The server said the key is dead (codes rotated, room off): it must not be tried again. */
export function clearDeviceKey(storage: KeyValueStore | null): void {
  if (storage) attempt(() => storage.removeItem(DEVICE_KEY), undefined);
}

/** 128 random bits, URL-safe: join and ballot ids (crypto.randomUUID needs HTTPS, the LAN is HTTP). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export { attempt };
