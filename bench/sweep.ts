import { projectTypes } from '../src/domain/codes/project-types';
import { regions } from '../src/domain/codes/regions';
import { statuses } from '../src/domain/codes/statuses';
import { emptyFilters, type Filters } from '../src/domain/filters';
import { mulberry32 } from '../backend/generator/prng';

/**
 * A fixed, seeded sequence of filter changes, the way a user explores (crossfilter's own
 * benchmark is the model: one dimension changes per step). Each step is a whole filter state.
 */

const COUNTRIES = ['KE', 'CN', 'MA', 'SN', 'UA', 'MX', 'BD', 'ET', 'CO', 'TN', 'PH', 'GT'];
const TERMS = [
  'migra',
  'santé',
  'reintegration',
  'kenya',
  'border',
  'climat',
  'labour mobility',
  'chine',
  'RR.1',
];
const BUDGETS: [number | undefined, number | undefined][] = [
  [100_000, undefined],
  [undefined, 150_000],
  [75_000, 200_000],
  [150_000, 300_000],
];

type Random = () => number;
const pick = <T>(random: Random, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)]!;
const toggle = <T>(values: readonly T[], value: T): T[] =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

interface Dimension {
  name: string;
  active: (f: Filters) => boolean;
  /** A new value for the dimension (a facet toggles one value). */
  change: (f: Filters, random: Random) => Filters;
  unset: (f: Filters) => Filters;
}

const facet = <K extends 'region' | 'status' | 'type' | 'country' | 'year'>(
  name: K,
  values: readonly Filters[K][number][],
): Dimension => ({
  name,
  active: (f) => f[name].length > 0,
  change: (f, r) => ({ ...f, [name]: toggle<Filters[K][number]>(f[name], pick(r, values)) }),
  unset: (f) => ({ ...f, [name]: [] }),
});

const YEARS = Array.from({ length: 26 }, (_, i) => 2001 + i);
const DIMENSIONS: Dimension[] = [
  facet('region', regions.codes),
  facet('status', statuses.codes),
  facet('type', projectTypes.codes),
  facet('country', COUNTRIES),
  facet('year', YEARS),
  {
    name: 'period',
    active: (f) => f.from !== undefined,
    change: (f, r) => {
      const from = 2005 + Math.floor(r() * 20);
      return { ...f, from, to: from + Math.floor(r() * 6) };
    },
    unset: (f) => ({ ...f, from: undefined, to: undefined }),
  },
  {
    name: 'search',
    active: (f) => f.q !== '',
    change: (f, r) => ({ ...f, q: pick(r, TERMS) }),
    unset: (f) => ({ ...f, q: '' }),
  },
  {
    name: 'budget',
    active: (f) => f.budgetMin !== undefined || f.budgetMax !== undefined,
    change: (f, r) => {
      const [budgetMin, budgetMax] = pick(r, BUDGETS);
      return { ...f, budgetMin, budgetMax };
    },
    unset: (f) => ({ ...f, budgetMin: undefined, budgetMax: undefined }),
  },
];
/** At most this many dimensions filter at once; beyond, the user drops the oldest one. */
const MAX_ACTIVE = 3;
/** Every this many steps the user clears all filters and starts again. */
const CLEAR_EVERY = 17;

export interface SweepStep {
  /** The dimension that changed ("clear" for all). */
  op: string;
  filters: Filters;
}

/** The dimensions in rounds, each round in a seeded random order, so each gets its share. */
function dimensionOrder(steps: number, random: Random): Dimension[] {
  const order: Dimension[] = [];
  while (order.length < steps) {
    const round = [...DIMENSIONS];
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [round[i], round[j]] = [round[j]!, round[i]!];
    }
    order.push(...round);
  }
  return order;
}

/**
 * The sweep: `steps` filter states from a seed, starting from no filters. Each step changes,
 * sets or unsets one dimension (an active one is unset half the time), and no more than
 * MAX_ACTIVE dimensions filter at once, so most states still match a share of the portfolio.
 */
export function filterSweep(steps: number, seed: number): SweepStep[] {
  const random = mulberry32(seed);
  const order = dimensionOrder(steps, random);
  const sweep: SweepStep[] = [];
  const active: Dimension[] = [];
  let filters = emptyFilters();
  for (let i = 0; i < steps; i++) {
    let dim = order[i]!;
    if ((i + 1) % CLEAR_EVERY === 0) {
      filters = emptyFilters();
      active.length = 0;
      sweep.push({ op: 'clear', filters });
      continue;
    }
    let unset = active.includes(dim) && random() < 0.5;
    if (!active.includes(dim) && active.length >= MAX_ACTIVE) {
      dim = active[0]!; // too many filters: drop the oldest
      unset = true;
    }
    filters = unset ? dim.unset(filters) : dim.change(filters, random);
    const at = active.indexOf(dim);
    if (at >= 0) active.splice(at, 1);
    if (dim.active(filters)) active.push(dim);
    // Keep the state valid: a Filters object leaves unset bounds out.
    for (const key of ['from', 'to', 'budgetMin', 'budgetMax'] as const)
      if (filters[key] === undefined) delete filters[key];
    sweep.push({ op: dim.name, filters });
  }
  return sweep;
}

/**
 * Filter clicks that match every project: each step ticks every value of one facet (status, type
 * or region), in turn from no filters, so each step is a new filter state that keeps the whole
 * portfolio (every facet count, aggregate and the sorted rows over all projects: the heaviest pass).
 */
export function matchAllSweep(steps: number): SweepStep[] {
  const everyValue = [
    { status: [...statuses.codes] },
    { type: [...projectTypes.codes] },
    { region: [...regions.codes] },
  ];
  return Array.from({ length: steps }, (_, i) => {
    const facetFilter = everyValue[i % everyValue.length]!;
    return {
      op: `all-${Object.keys(facetFilter)[0]}`,
      filters: { ...emptyFilters(), ...facetFilter },
    };
  });
}
