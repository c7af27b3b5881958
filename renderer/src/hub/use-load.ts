import { useEffect, useState } from 'react';

export type Loaded<T> =
  | Readonly<{ state: 'loading' }>
  | Readonly<{ state: 'ready'; value: T }>
  | Readonly<{ state: 'failed'; error: unknown }>;

type Keyed<T> = Readonly<{ key: string; loaded: Loaded<T> }>;

/**
 * Loads `load()` whenever `key` changes. What was loaded is kept with its key: on the render
 * after a change (before the effect runs) and when an older reply arrives late, a value of
 * another key is never shown, only "loading" (one page's reply must not reach another's view).
 */
export function useLoad<T>(
  key: string,
  load: () => Promise<T>,
  onError?: (error: unknown) => void,
): Loaded<T> {
  const [held, setHeld] = useState<Keyed<T>>({ key: '', loaded: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setHeld({ key, loaded: { state: 'ready', value } }),
      (error: unknown) => {
        if (!current) return;
        setHeld({ key, loaded: { state: 'failed', error } });
        onError?.(error);
      },
    );
    return () => {
      current = false;
    };
    // `key` names everything `load` depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return held.key === key ? held.loaded : { state: 'loading' };
}
