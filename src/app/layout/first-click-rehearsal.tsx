import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { RegionCode } from '@/domain/codes/regions';
import type { PortfolioHeld } from '@/domain/engine/types';
import type { Filters } from '@/domain/filters';
import {
  useEngineClient,
  useExplore,
  useRehearsal,
  useRequestedView,
} from '@/hooks/portfolio/explore-context';
import type { EngineClient } from '@/lib/engine-client';
import { firstViewShown } from '@/lib/first-view';

/** Idle time an idle period must still have for the rehearsal to start in it (ms). */
const REHEARSAL_IDLE_MS = 10;
/** The screens (paths) of each engine session rehearsed already: once each. */
const rehearsed = new WeakMap<EngineClient, Set<string>>();
/**
 * What a person does to the page (a scroll bar is pressed, a list scrolled by key, wheel or
 * touch): after any of them, nothing is rehearsed.
 */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The events a pointer moving onto a control sends before its press. The first of each runs
 * React's dispatch of them for the first time, in a task just before the first press (about
 * 10 ms more than later ones at 1,000 projects); dispatched here on the layout itself, they reach
 * no handler.
 */
const POINTER_ARRIVAL = [
  ['pointerover', PointerEvent],
  ['pointerenter', PointerEvent],
  ['mouseover', MouseEvent],
  ['mouseenter', MouseEvent],
  ['pointermove', PointerEvent],
  ['mousemove', MouseEvent],
] as const;

function rehearsePointerArrival(target: HTMLElement): void {
  for (const [type, Event] of POINTER_ARRIVAL)
    target.dispatchEvent(new Event(type, { bubbles: !type.endsWith('enter') }));
}

/** The filters a first click would most likely ask for: one region more. */
function rehearsalFilters(filters: Filters, held: PortfolioHeld): Filters | undefined {
  const shown: readonly string[] = filters.region;
  const other = held.region.find((region) => !shown.includes(region)) as RegionCode | undefined;
  return other === undefined ? undefined : { ...filters, region: [...filters.region, other] };
}

/**
 * Below the Worker threshold, rehearses the first filter click of each screen once its view is
 * shown: in an idle period, the screen and the filter panel are rendered with one region more and
 * at once with the address's filters again, in one task, before the browser paints (see
 * Rehearsal). A first click otherwise runs the screens' update code, the engine's filtered pass
 * and the texts and formats of new figures for the first time: at 1,000 projects it painted at
 * about 75 ms against 50 ms for later clicks. Nothing is rehearsed once the person has pressed,
 * typed or scrolled (the code is warm from their own use, and a rehearsal must not move what they
 * look at), nor while something in the explore layout has the focus (it could be drawn anew and
 * lose it), nor with a Worker (its view would come too late for a click made at once, and two
 * renders of a screen there make a task of 70–150 ms; the Worker warms its own code), nor in
 * browsers without requestIdleCallback.
 */
export function FirstClickRehearsal({ within }: { within: RefObject<HTMLElement | null> }) {
  const client = useEngineClient();
  const request = useRequestedView();
  const { held } = useExplore();
  const { rehearse } = useRehearsal();
  const { pathname } = useLocation();
  const latest = useRef({ filters: request.filters, held });
  useLayoutEffect(() => {
    latest.current = { filters: request.filters, held };
  });
  useEffect(() => {
    const { requestIdleCallback: whenIdle, cancelIdleCallback: cancelIdle } = globalThis;
    const screens = rehearsed.get(client) ?? new Set<string>();
    if (!client.computeNow || screens.has(pathname) || typeof whenIdle !== 'function') return;
    rehearsed.set(client, screens);
    let touched = false;
    const touch = () => {
      touched = true;
    };
    const listening = { capture: true, passive: true } as const;
    for (const type of INPUT_EVENTS) window.addEventListener(type, touch, listening);
    const focused = () => {
      const active = document.activeElement;
      return active !== null && within.current?.contains(active) === true;
    };
    let live = true;
    let idle = 0;
    const onIdle = (deadline: IdleDeadline) => {
      if (deadline.timeRemaining() < REHEARSAL_IDLE_MS) {
        idle = whenIdle(onIdle);
        return;
      }
      screens.add(pathname);
      if (touched || focused()) return;
      const { filters, held } = latest.current;
      const next = rehearsalFilters(filters, held);
      if (next) rehearse(next);
      if (within.current) rehearsePointerArrival(within.current);
    };
    void firstViewShown.then(() => {
      // An idle period starts once the frame holding the screen's view has been drawn.
      if (live) idle = whenIdle(onIdle);
    });
    return () => {
      live = false;
      cancelIdle(idle);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, touch, listening);
    };
  }, [client, pathname, rehearse, within]);
  return null;
}
