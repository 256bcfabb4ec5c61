import { useEffect, useRef } from 'react';
import { useEngineClient, useRequestedView } from '@/hooks/portfolio/explore-context';
import type { EngineClient } from '@/lib/engine-client';

/** Idle time an idle period must still have for the warm-up to start in it (ms). */
const WARM_UP_IDLE_MS = 10;
/** Sessions warmed already: once per session, whichever screen mounts first. */
const warmed = new WeakSet<EngineClient>();

/**
 * Below the Worker threshold, warms the engine's filtered pass in the browser's idle time once
 * the first view is shown, so that the first filter click does not pay for it (≈ 7 ms of a cold
 * first click at 10,000 projects). One pass, in an idle period with room for it: a click made
 * before runs as it would have, and one made during it waits for at most that pass. Browsers
 * without requestIdleCallback are not warmed.
 */
export function EngineWarmUp() {
  const client = useEngineClient();
  const request = useRequestedView();
  const latest = useRef(request);
  useEffect(() => {
    latest.current = request;
  }, [request]);
  useEffect(() => {
    const warmUp = client.warmUpNow;
    const { requestIdleCallback: whenIdle, cancelIdleCallback: cancel } = globalThis;
    if (!warmUp || warmed.has(client) || typeof whenIdle !== 'function') return;
    let handle = 0;
    const onIdle = (deadline: IdleDeadline) => {
      if (deadline.timeRemaining() < WARM_UP_IDLE_MS) {
        handle = whenIdle(onIdle);
        return;
      }
      warmed.add(client);
      warmUp(latest.current);
    };
    handle = whenIdle(onIdle);
    return () => cancel(handle);
  }, [client]);
  return null;
}
