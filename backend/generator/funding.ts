import type { StatusCode } from '@/domain/codes/statuses';
import type { Funder, YearSpending } from '@/domain/project';
import { chance, type Random, weightedPicker } from './prng';

/**
 * Member states that finance the IOM Development Fund, with their IATI organisation identifiers
 * (the DAC donor code) and how often each funds a project: a handful fund most of them.
 */
export const MEMBER_STATE_FUNDERS: readonly (readonly [Funder & { ref: string }, number])[] = [
  [{ name: 'United States', ref: 'XM-DAC-302' }, 30],
  [{ name: 'Germany', ref: 'XM-DAC-5' }, 15],
  [{ name: 'Canada', ref: 'XM-DAC-301' }, 11],
  [{ name: 'Belgium', ref: 'XM-DAC-2' }, 9],
  [{ name: 'Sweden', ref: 'XM-DAC-10' }, 8],
  [{ name: 'Netherlands', ref: 'XM-DAC-7' }, 7],
  [{ name: 'Norway', ref: 'XM-DAC-8' }, 5],
  [{ name: 'Switzerland', ref: 'XM-DAC-11' }, 5],
  [{ name: 'Austria', ref: 'XM-DAC-1' }, 3],
  [{ name: 'Italy', ref: 'XM-DAC-6' }, 2],
  [{ name: 'Japan', ref: 'XM-DAC-701' }, 2],
  [{ name: 'Republic of Korea', ref: 'XM-DAC-742' }, 2],
  [{ name: 'Australia', ref: 'XM-DAC-801' }, 1],
];

const pickFunder = weightedPicker(MEMBER_STATE_FUNDERS);
const pickFunderCount = weightedPicker([
  [1, 85],
  [2, 12],
  [3, 3],
] as const);
/** Stated shares of a two-funder project (the rest are split equally, as sources often say nothing). */
const pickTwoShares = weightedPicker([
  [[0.5, 0.5], 2],
  [[0.6, 0.4], 3],
  [[0.7, 0.3], 3],
  [[0.75, 0.25], 2],
] as const);

/** One to three distinct member states; a two-funder project states the shares about half the time. */
export function drawFunders(rng: Random): Funder[] {
  const count = pickFunderCount(rng);
  // Most projects have one funder: its object is shared (never changed), which keeps a
  // million-project portfolio quick to generate.
  if (count === 1) return [pickFunder(rng)];
  const funders: Funder[] = [];
  while (funders.length < count) {
    const funder = pickFunder(rng);
    if (!funders.some((f) => f.ref === funder.ref)) funders.push({ ...funder });
  }
  if (count === 2 && chance(rng, 0.5)) {
    const shares = pickTwoShares(rng);
    funders.forEach((f, i) => (f.share = shares[i]));
  }
  return funders;
}

/** Money moved by the data date, in whole US dollars. */
export interface Spending {
  committedUsd: number;
  disbursedUsd: number;
  spentUsd: number;
  /** Absent when nothing has moved yet. */
  spendingByYear?: YearSpending[];
}

/** The project's span and the data date as days since 1970, and its status and budget. */
export interface SpendingInput {
  budgetUsd: number;
  status: StatusCode;
  startDay: number;
  /** Last day covered; an open-ended project is planned to run three years. */
  endDay: number | undefined;
  asOfDay: number;
}

const DAY_MS = 86_400_000;
const firstDayOfYear = (year: number) => Date.UTC(year, 0, 1) / DAY_MS;
const TABLE_FROM = 1990;
/** First day of each year from 1990, so the hot loop needs no Date objects. */
const YEAR_STARTS = Array.from({ length: 101 }, (_, i) => firstDayOfYear(TABLE_FROM + i));

function yearOfDay(day: number): number {
  let i = Math.floor((day - YEAR_STARTS[0]!) / 365.25);
  if (i < 0 || i >= YEAR_STARTS.length - 1) return new Date(day * DAY_MS).getUTCFullYear();
  while (i > 0 && YEAR_STARTS[i]! > day) i--;
  while (i < YEAR_STARTS.length - 1 && YEAR_STARTS[i + 1]! <= day) i++;
  return TABLE_FROM + i;
}
const startOfYear = (year: number) => YEAR_STARTS[year - TABLE_FROM] ?? firstDayOfYear(year);

/**
 * Splits a whole amount over the first `count` weights into `parts`; the last part takes the
 * remainder, so the parts sum exactly. Into arrays kept between calls: a million projects each
 * split their spending twice, and lists made for it were a third of the generator's garbage.
 */
function splitWhole(
  total: number,
  weights: Float64Array,
  count: number,
  parts: Float64Array,
): void {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += weights[i]!;
  let given = 0;
  for (let i = 0; i < count; i++) given += parts[i] = Math.floor((total * weights[i]!) / sum);
  parts[count - 1]! += total - given;
}

/** Working lists of drawSpending, long enough for any project's years (grown when not). */
let scratch = {
  weights: new Float64Array(64),
  spent: new Float64Array(64),
  disbursed: new Float64Array(64),
};
function scratchFor(count: number): typeof scratch {
  if (count > scratch.weights.length) {
    const size = 2 * count;
    scratch = {
      weights: new Float64Array(size),
      spent: new Float64Array(size),
      disbursed: new Float64Array(size),
    };
  }
  return scratch;
}

/** The share of its budget a project has spent by the data date. */
function spentShare(rng: Random, status: StatusCode, elapsed: number): number {
  if (status === 'completed') {
    // Most completed projects spend nearly all of it; a few overspend, a few return funds.
    if (chance(rng, 0.04)) return 1 + rng() * 0.08;
    return chance(rng, 0.8) ? 0.93 + rng() * 0.07 : 0.75 + rng() * 0.18;
  }
  return Math.min(0.98, elapsed * (0.7 + rng() * 0.35));
}

/**
 * What a project has committed, disbursed and spent by the data date, consistent with its status
 * and dates: the grant is committed in full when it starts; a completed project spent most of its
 * budget (disbursed what it spent, or the whole budget when it overspent); an ongoing one spent a
 * part growing with elapsed time and received a tranche ahead of spending; one that starts after
 * the data date has moved nothing. Spending is spread over the calendar years it ran in.
 */
export function drawSpending(rng: Random, input: SpendingInput): Spending {
  const { budgetUsd, status, startDay, asOfDay } = input;
  // Every result in one shape (no spending per year left undefined), as drawSchedule's.
  if (startDay > asOfDay)
    return { committedUsd: 0, disbursedUsd: 0, spentUsd: 0, spendingByYear: undefined };
  const endDay = input.endDay ?? startDay + 3 * 365;
  const elapsed = Math.min(1, (asOfDay - startDay + 1) / Math.max(1, endDay - startDay + 1));
  const spentUsd = Math.round(budgetUsd * spentShare(rng, status, elapsed));
  // A completed project was disbursed what it spent (the grant at most, when it overspent).
  const advance = status === 'completed' ? 0 : Math.round(budgetUsd * (0.1 + rng() * 0.2));
  const disbursedUsd = Math.min(budgetUsd, spentUsd + advance);
  if (spentUsd === 0 && disbursedUsd === 0)
    return { committedUsd: budgetUsd, disbursedUsd, spentUsd, spendingByYear: undefined };

  const lastDay = Math.min(endDay, asOfDay);
  const firstYear = yearOfDay(startDay);
  const count = Math.max(0, yearOfDay(lastDay) - firstYear + 1);
  const { weights, spent, disbursed } = scratchFor(count);
  for (let i = 0; i < count; i++) {
    const year = firstYear + i;
    const from = Math.max(startDay, startOfYear(year));
    const to = Math.min(lastDay, startOfYear(year + 1) - 1);
    weights[i] = (to - from + 1) * (0.7 + rng() * 0.6);
  }
  const spendingByYear: YearSpending[] = [];
  if (count > 0) {
    splitWhole(spentUsd, weights, count, spent);
    // Disbursed follows spending; an ongoing project's tranche ahead of spending lands this year.
    if (disbursedUsd >= spentUsd) {
      for (let i = 0; i < count - 1; i++) disbursed[i] = spent[i]!;
      disbursed[count - 1] = spent[count - 1]! + disbursedUsd - spentUsd;
    } else {
      for (let i = 0; i < count; i++) weights[i] = spent[i]! + 1;
      splitWhole(disbursedUsd, weights, count, disbursed);
    }
    for (let i = 0; i < count; i++)
      spendingByYear.push({
        year: firstYear + i,
        disbursedUsd: disbursed[i]!,
        spentUsd: spent[i]!,
      });
  }
  return { committedUsd: budgetUsd, disbursedUsd, spentUsd, spendingByYear };
}
