import { useSyncExternalStore } from 'react';

// One shared ticker for every countdown on screen. It runs only while something running is shown,
// and only the components that read it re-render: no clock lives in the store.
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 250);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const still = () => () => undefined;
const read = () => now;

/** This device's clock, refreshed four times a second while `running`. */
export function useNow(running: boolean): number {
  return useSyncExternalStore(running ? subscribe : still, read);
}
