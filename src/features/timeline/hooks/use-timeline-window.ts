import { useEffect, useMemo, useState } from 'react';
import type { TimelineQuery, TimelineWindow } from '@/domain/engine/timeline';
import type { GroupBy } from '@/domain/engine/timeline-groups';
import { useExplore } from '@/hooks/portfolio/explore-context';
import { useEngineSessions } from '@/hooks/portfolio/engine-sessions';
import { engineSource } from '@/lib/api/projects';
import { createEngineClient, type ViewRequest } from '@/lib/engine-client';

/** Rows fetched per page of the list; the window asked for covers the rows on screen and a page either side. */
export const WINDOW_PAGE = 64;

/** The first row to ask for so that rows `from` to `to` are inside the fetched window. */
export function windowOffset(from: number, to: number, current: number): number {
  const limit = WINDOW_PAGE * 3;
  if (from >= current && to < current + limit) return current;
  return Math.max(0, Math.floor(from / WINDOW_PAGE) * WINDOW_PAGE - WINDOW_PAGE);
}

/**
 * The timeline's rows for the view shown, from the engine session: a window of them (group
 * headers and projects with their spans) with the totals, groups and time extent. Below the
 * Worker threshold it is computed at once on this thread; above it the Worker answers, and the
 * previous window stays on screen meanwhile. Either way the page never walks the portfolio: what
 * it does per filter change or scroll depends on the rows it shows.
 */
export function useTimelineWindow(
  groupBy: GroupBy,
  collapsed: ReadonlySet<string>,
  offset: number,
): TimelineWindow | undefined {
  const { portfolio, filters, sort, lang } = useExplore();
  const client = useEngineSessions().clientFor(engineSource(portfolio), createEngineClient);
  const request = useMemo<ViewRequest>(() => ({ filters, sort, lang }), [filters, sort, lang]);
  const collapsedKey = [...collapsed].sort().join('\u0000');
  const query = useMemo<TimelineQuery>(
    () => ({
      groupBy,
      collapsed: collapsedKey === '' ? [] : collapsedKey.split('\u0000'),
      asOf: portfolio.meta.asOf,
      offset,
      limit: WINDOW_PAGE * 3,
    }),
    [groupBy, collapsedKey, portfolio.meta.asOf, offset],
  );
  const now = client.timelineNow;
  const here = useMemo(() => now?.(request, query), [now, request, query]);
  const [answered, setAnswered] = useState<TimelineWindow | undefined>(undefined);
  useEffect(() => {
    if (now) return;
    let current = true;
    client.timeline(request, query).then(
      (window) => {
        if (current) setAnswered(window);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client, now, request, query]);
  return here ?? answered;
}
