import { useCallback, useEffect } from 'react';
import type { ChairFollowupCommandInput } from '../../../shared/followup';
import { afterFirstScreen } from '../first-screen';
import { useAppStore } from '../store/context';

/** Fen (0.01 yuan) as yuan with two decimals. */
export function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** A satisfaction rate per mille as a percentage with one decimal, e.g. 80.0%. */
export function percent(permille: number): string {
  return `${(permille / 10).toFixed(1)}%`;
}

/**
 * The follow-up registry mirrored in the window (the store keeps it fresh from `followup/changed`
 * pushes), so the board and its filters are computed here without a trip to main. Loaded as
 * soon as the console is connected, so opening the board only renders.
 */
export function useFollowup() {
  const registry = useAppStore((state) => state.followup);
  const connected = useAppStore((state) => state.connected);
  const loadFollowup = useAppStore((state) => state.loadFollowup);
  const held = registry !== null;
  useEffect(() => {
    if (connected && !held) void loadFollowup();
  }, [connected, held, loadFollowup]);
  return registry;
}

/**
 * Once the console is connected and its first screen can be clicked, when idle, fetches the
 * follow-up registry and runs `prefetch` (the board's code), so the board opens without waiting
 * and the first screen neither waits for the board nor shares its main thread with it.
 */
export function usePrefetchFollowup(prefetch: () => Promise<unknown>) {
  const connected = useAppStore((state) => state.connected);
  const held = useAppStore((state) => state.followup !== null);
  const loadFollowup = useAppStore((state) => state.loadFollowup);
  useEffect(() => {
    if (!connected || held) return;
    return afterFirstScreen(() => {
      void loadFollowup();
      void prefetch();
    });
  }, [connected, held, loadFollowup, prefetch]);
}

/** Sends one follow-up command; reports its error under `source`; true when it was recorded. */
export function useFollowupDispatch() {
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  return useCallback(
    async (source: string, command: ChairFollowupCommandInput): Promise<boolean> => {
      const result = await api.call('followup/dispatch', { command });
      reportError(source, result.ok ? null : result.error);
      return result.ok;
    },
    [api, reportError],
  );
}
