import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/**
 * `read`'s answer, read again once it is `ms` old. The host gate asks for this machine's
 * addresses on every request, and a room of phones makes hundreds a second: each read of the
 * interfaces is a system call per interface (5% of the server's busy time while 500 phones joined
 * and voted).
 * Addresses change when the laptop changes networks, which a second's delay does not notice.
 */
export function readAtMostEvery<T>(ms: number, read: () => T, clock = Date.now): () => T {
  let kept: { at: number; value: T } | null = null;
  return () => {
    const now = clock();
    if (!kept || now - kept.at >= ms || now < kept.at) kept = { at: now, value: read() };
    return kept.value;
  };
}

/** This machine's interfaces, at most a second old. */
export const currentInterfaces: () => NodeJS.Dict<NetworkInterfaceInfo[]> = readAtMostEvery(
  1_000,
  networkInterfaces,
);
