import { useEffect, useState } from 'react';

/**
 * Seconds left of a wait that started when `seconds` was given (a new error starts a new wait);
 * 0 when there is none. Ticks once a second.
 */
export function useCountdown(seconds: number | undefined, startedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  const deadline = seconds ? startedAt + seconds * 1000 : 0;
  // A wait that started after the last tick counts from its start, not from that tick.
  const left = Math.max(0, Math.ceil((deadline - Math.max(now, startedAt)) / 1000));
  useEffect(() => {
    if (left <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [left]);
  return left;
}
