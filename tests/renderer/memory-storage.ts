import type { KeyValueStore } from '../../renderer/src/participant/storage';

/** localStorage for one test: what the phone page keeps, readable by the test. */
export function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}
