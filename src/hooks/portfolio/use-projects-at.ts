import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProjectSummary } from '@/domain/project';
import { HEAD_ROWS, type EngineClient } from '@/lib/engine-client';

/** Rows asked for at once: the positions shown are rounded out to pages of this many. */
export const ROWS_PAGE = 64;
/** Projects kept from the Worker before the oldest are dropped. */
const KEPT = 4_096;

/** The positions `from`–`to` of a list, rounded out to whole pages with a page either side. */
export function pageSpan(from: number, to: number, length: number): [number, number] {
  const lo = Math.max(0, (Math.floor(from / ROWS_PAGE) - 1) * ROWS_PAGE);
  const hi = Math.min(length, (Math.ceil(to / ROWS_PAGE) + 1) * ROWS_PAGE);
  return [lo, Math.max(lo, hi)];
}

/** The projects of the view's first rows that the Worker sent with it, by portfolio index. */
function sentWith(client: EngineClient, rows: Uint32Array): Map<number, ProjectSummary> {
  const sent = new Map<number, ProjectSummary>();
  if (!client.knownProject) return sent;
  for (const index of rows.subarray(0, HEAD_ROWS)) {
    const project = client.knownProject(index);
    if (project) sent.set(index, project);
  }
  return sent;
}

/**
 * The projects a list shows, by portfolio index: positions `from` to `to` (end excluded) of a
 * view's `rows`. When the engine runs on this thread they are read from the portfolio; above the
 * Worker threshold the page holds no copy of the portfolio, so the rows shown (and a page either
 * side) are asked of the Worker, and a row not yet arrived gives undefined meanwhile.
 */
export function useProjectsAt(
  client: EngineClient,
  rows: Uint32Array,
  from: number,
  to: number,
): (index: number) => ProjectSummary | undefined {
  const here = client.projectsHere;
  const [lo, hi] = pageSpan(from, to, rows.length);
  const [fetched, setFetched] = useState<{
    client: EngineClient;
    projects: Map<number, ProjectSummary>;
  }>();
  const known = fetched?.client === client ? fetched.projects : undefined;
  // The top rows of a new view came with it from the Worker: drawn with the view, not after.
  const sent = useMemo(() => sentWith(client, rows), [client, rows]);
  useEffect(() => {
    if (here) return;
    const missing = Uint32Array.from(rows.subarray(lo, hi)).filter(
      (i) => !known?.has(i) && !sent.has(i),
    );
    if (missing.length === 0) return;
    let live = true;
    client.projects(missing).then(
      (found) => {
        if (!live) return;
        setFetched((previous) => {
          const kept = previous?.client === client ? previous.projects : undefined;
          const projects = new Map(kept && kept.size + found.length <= KEPT ? kept : []);
          found.forEach((project, k) => projects.set(missing[k]!, project));
          return { client, projects };
        });
      },
      // A disposed session (another portfolio came) has nothing to show.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, here, rows, lo, hi, known, sent]);
  return useCallback(
    (index: number) => (here ? here[index] : (known?.get(index) ?? sent.get(index))),
    [here, known, sent],
  );
}
