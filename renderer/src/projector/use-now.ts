import { useEffect, useState } from 'react';
import { useAppStore } from '../store/context';

/**
 * The backend's clock as seen from this device, refreshed a few times a second. Countdowns are
 * computed from recorded start times and this value, so a reload or a second screen (with its own
 * clock) shows the same time to the second. While the chair has frozen the projector, time stops.
 */
export function useServerNow(intervalMs = 200): number {
  const offset = useAppStore((state) => state.clockOffsetMs);
  const frozenAt = useAppStore((state) => state.control.frozenAt);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    if (frozenAt !== null) return undefined;
    const timer = setInterval(() => setNow(Date.now() + offset), intervalMs);
    return () => clearInterval(timer);
  }, [offset, frozenAt, intervalMs]);
  return frozenAt ?? now;
}
