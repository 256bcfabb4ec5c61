import { projectTypes } from '../src/domain/codes/project-types';
import { regions } from '../src/domain/codes/regions';
import { statuses } from '../src/domain/codes/statuses';
import { emptyFilters, type Filters } from '../src/domain/filters';
import { seededRandom } from './portfolio';

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

/** One change to the filters; each op names the dimension it touches. */
const OPS: { name: string; apply: (f: Filters, random: Random) => Filters }[] = [
  { name: 'region', apply: (f, r) => ({ ...f, region: toggle(f.region, pick(r, regions.codes)) }) },
  {
    name: 'status',
    apply: (f, r) => ({ ...f, status: toggle(f.status, pick(r, statuses.codes)) }),
  },
  { name: 'type', apply: (f, r) => ({ ...f, type: toggle(f.type, pick(r, projectTypes.codes)) }) },
  { name: 'country', apply: (f, r) => ({ ...f, country: toggle(f.country, pick(r, COUNTRIES)) }) },
  { name: 'year', apply: (f, r) => ({ ...f, year: toggle(f.year, 2001 + Math.floor(r() * 26)) }) },
  {
    name: 'period',
    apply: (f, r) => {
      if (f.from !== undefined && r() < 0.4) return { ...f, from: undefined, to: undefined };
      const from = 2005 + Math.floor(r() * 20);
      return { ...f, from, to: from + Math.floor(r() * 6) };
    },
  },
  { name: 'search', apply: (f, r) => ({ ...f, q: f.q !== '' && r() < 0.5 ? '' : pick(r, TERMS) }) },
  {
    name: 'budget',
    apply: (f, r) => {
      const [budgetMin, budgetMax] =
        f.budgetMin !== undefined || f.budgetMax !== undefined
          ? [undefined, undefined]
          : pick(r, BUDGETS);
      return { ...f, budgetMin, budgetMax };
    },
  },
];
/** Every this many steps the user clears all filters and starts again. */
const CLEAR_EVERY = 17;

export interface SweepStep {
  op: string;
  filters: Filters;
}

/** The ops in rounds, each round in a seeded random order, so every dimension gets its share. */
function opOrder(steps: number, random: Random): (typeof OPS)[number][] {
  const order: (typeof OPS)[number][] = [];
  while (order.length < steps) {
    const round = [...OPS];
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [round[i], round[j]] = [round[j]!, round[i]!];
    }
    order.push(...round);
  }
  return order;
}

/** The sweep: `steps` filter states from a seed, starting from no filters. */
export function filterSweep(steps: number, seed: number): SweepStep[] {
  const random = seededRandom(seed);
  const ops = opOrder(steps, random);
  const sweep: SweepStep[] = [];
  let filters = emptyFilters();
  for (let i = 0; i < steps; i++) {
    const clear = (i + 1) % CLEAR_EVERY === 0;
    const op = ops[i]!;
    filters = clear ? emptyFilters() : op.apply(filters, random);
    // Keep the state valid: a Filters object leaves unset bounds out.
    for (const key of ['from', 'to', 'budgetMin', 'budgetMax'] as const)
      if (filters[key] === undefined) delete filters[key];
    sweep.push({ op: clear ? 'clear' : op.name, filters });
  }
  return sweep;
}
