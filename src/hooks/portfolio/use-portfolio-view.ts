import { useEffect, useMemo, useState } from 'react';
import { NO_PIVOT, type PortfolioHeld, type PortfolioView } from '@/domain/engine/types';
import {
  holdsParts,
  type ComputedView,
  type EngineClient,
  type ViewRequest,
} from '@/lib/engine-client';

export interface PortfolioViewState {
  /** The view shown and the request it answers (the previous one while a newer is computed). */
  shown: ComputedView;
  /** True while a newer request is being computed. */
  pending: boolean;
}

/**
 * The engine session's view for a request (filters, sort, language). Below the Worker threshold
 * it is computed in the render (one pass, well under a frame); above it the Worker answers, the
 * latest request winning. The request must keep its identity while its canonical form does (see
 * useViewRequest): a new identity is a new computation.
 */
export function usePortfolioView(client: EngineClient, request: ViewRequest): PortfolioViewState {
  const now = useMemo<ComputedView | undefined>(
    () =>
      client.computeNow && client.heldNow
        ? { view: client.computeNow(request), request, held: client.heldNow() }
        : undefined,
    [client, request],
  );
  // Above the Worker threshold, a return to a recent filter state is answered at once from the
  // views the session keeps: no round trip, no pending state.
  const recent = useMemo(
    () => (client.computeNow ? undefined : client.recentNow?.(request)),
    [client, request],
  );
  const [arrived, setArrived] = useState<{ computed: ComputedView; client: EngineClient }>();
  useEffect(() => {
    if (client.computeNow) return;
    if (recent) {
      // Shown while a later request is pending (the view on screen, not an older one).
      setArrived({ computed: recent, client });
      return;
    }
    let live = true;
    client.compute(request).then(
      (computed) => {
        if (live) setArrived({ computed, client });
      },
      // A disposed session (another portfolio came) has nothing to show.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, request, recent]);
  const nothingYet = useMemo<ComputedView>(
    () => ({ view: EMPTY_VIEW, request, held: NOTHING_HELD }),
    [request],
  );

  if (now) return { shown: now, pending: false };
  if (recent) return { shown: recent, pending: false };
  if (arrived?.client === client)
    return { shown: arrived.computed, pending: !answers(arrived.computed, request) };
  return { shown: nothingYet, pending: true };
}

/**
 * True when the view shown answers the request: it was computed for it, or for the same filter
 * state with more parts (a move from the overview to /projects asks the Worker nothing new).
 */
function answers({ request: asked, view }: ComputedView, request: ViewRequest): boolean {
  if (asked === request) return true;
  return (
    asked.filters === request.filters &&
    asked.sort === request.sort &&
    asked.lang === request.lang &&
    holdsParts(view, request)
  );
}

/** What screens show before the first Worker answer arrives: nothing counted yet. */
export const EMPTY_VIEW: PortfolioView = {
  rows: new Uint32Array(0),
  kpis: { projects: 0, totalBudget: 0, ongoing: 0, countries: 0, medianBudget: 0, noBudget: 0 },
  facets: {
    region: new Map(),
    status: new Map(),
    type: new Map(),
    coverage: new Map(),
    country: new Map(),
    year: new Map(),
    funder: new Map(),
  },
  byRegion: [],
  byType: [],
  byStatus: [],
  byCountry: [],
  byYear: [],
  byYearStatus: [],
  byYearType: [],
  pivots: { region: NO_PIVOT, type: NO_PIVOT, country: NO_PIVOT },
  money: {
    committed: 0,
    disbursed: 0,
    spent: 0,
    committedProjects: 0,
    disbursedProjects: 0,
    spentProjects: 0,
    spentBudget: 0,
  },
  spendingByYear: [],
  byFunder: [],
  noFunder: { count: 0, budget: 0 },
  parts: [],
};

/** What screens know the portfolio holds before the first Worker answer: nothing yet. */
const NOTHING_HELD: PortfolioHeld = {
  region: [],
  status: [],
  type: [],
  coverage: [],
  country: [],
  year: [],
  funders: [],
  spending: false,
  optionalFields: [],
};
