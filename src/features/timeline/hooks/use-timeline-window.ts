import { useEffect, useMemo, useRef, useState } from 'react';
import { viewKey, type TimelineQuery, type TimelineWindow } from '@/domain/engine/timeline';
import type { GroupBy } from '@/domain/engine/timeline-groups';
import { useEngineClient, useExplore, useRequestedView } from '@/hooks/portfolio/explore-context';
import type { EngineClient, ViewRequest } from '@/lib/engine-client';

/** Rows fetched per page of the list; the window asked for covers the rows on screen and a page either side. */
export const WINDOW_PAGE = 64;

/** The first row to ask for so that rows `from` to `to` are inside the fetched window. */
export function windowOffset(from: number, to: number, current: number): number {
  const limit = WINDOW_PAGE * 3;
  if (from >= current && to < current + limit) return current;
  return Math.max(0, Math.floor(from / WINDOW_PAGE) * WINDOW_PAGE - WINDOW_PAGE);
}

/** The window the timeline draws, and whether it is behind the filters asked for. */
export interface TimelineRows {
  window: TimelineWindow | undefined;
  /** True while the rows drawn are not yet those of the filters asked for (a Worker computes them). */
  stale: boolean;
}

/** A window the Worker answered, with the request it answers and the order it was asked in. */
interface Answer {
  key: string;
  seq: number;
  window: TimelineWindow;
}

/** Filter states whose newest window is kept: the view shown's and those asked for since. */
const KEPT = 4;

/** The answers with `answer` added: the newest one per filter state, of the newest states. */
function keep(list: Answer[], answer: Answer): Answer[] {
  const same = list.find((a) => a.key === answer.key);
  if (same && same.seq > answer.seq) return list;
  return [answer, ...list.filter((a) => a.key !== answer.key)]
    .sort((a, b) => b.seq - a.seq)
    .slice(0, KEPT);
}

/**
 * The window to draw: the newest one of the view shown (its filters, sort and language), so that
 * the rows, the counts, the axis and the charts come from one filter state in every frame; until
 * the engine has answered for it, the newest answer of all (drawn as stale).
 */
export function pickAnswer(answers: readonly Answer[], shownKey: string): Answer | undefined {
  let ofShown: Answer | undefined;
  let newest: Answer | undefined;
  for (const answer of answers) {
    if (!newest || answer.seq > newest.seq) newest = answer;
    if (answer.key === shownKey && (!ofShown || answer.seq > ofShown.seq)) ofShown = answer;
  }
  return ofShown ?? newest;
}

/**
 * The timeline's rows, from the engine session: a window of them (group headers and projects
 * with their spans) with the totals, groups and time extent. Below the Worker threshold it is
 * computed at once on this thread. Above it the Worker is asked for the filters requested, at the
 * same time as the charts' view (one round trip, the view computed once there), and the window is
 * drawn together with the view it belongs to; the previous window stays on screen meanwhile.
 * Either way the page never walks the portfolio: what it does per filter change or scroll depends
 * on the rows it shows.
 */
/** A window's filter state: its rows do not depend on the optional parts of a view. */
const windowKey = ({ filters, sort, lang }: ViewRequest) => viewKey(filters, sort, lang);

export function useTimelineWindow(
  groupBy: GroupBy,
  collapsed: ReadonlySet<string>,
  offset: number,
): TimelineRows {
  const { portfolio, filters, sort, lang } = useExplore();
  const requested = useRequestedView();
  const client = useEngineClient();
  const shown = useMemo<ViewRequest>(() => ({ filters, sort, lang }), [filters, sort, lang]);
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
  const here = useMemo(() => now?.(shown, query), [now, shown, query]);
  const [answers, setAnswers] = useState<{ client: EngineClient; list: Answer[] }>({
    client,
    list: [],
  });
  const asked = useRef(0);
  useEffect(() => {
    if (now) return;
    const seq = (asked.current += 1);
    const key = windowKey(requested);
    client.timeline(requested, query).then(
      (window) =>
        setAnswers((held) => {
          const list = held.client === client ? held.list : [];
          const next = keep(list, { key, seq, window });
          return next === list ? held : { client, list: next };
        }),
      // A disposed session (another portfolio came) has nothing to draw.
      () => undefined,
    );
  }, [client, now, requested, query]);

  if (here) return { window: here, stale: false };
  const list = answers.client === client ? answers.list : [];
  const picked = pickAnswer(list, windowKey(shown));
  return {
    window: picked?.window,
    stale: picked === undefined || picked.key !== windowKey(requested),
  };
}
