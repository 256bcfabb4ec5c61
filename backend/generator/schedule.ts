import type { StatusCode } from '@/domain/codes/statuses';
import { chance, randomInt, type Random } from './prng';

/** When a project runs and whether it is over, judged against the data date. */
export interface Schedule {
  startDate: string;
  endDate?: string;
  status: StatusCode;
  /** The first day the start date covers, as days since 1970-01-01 (UTC). */
  startDay: number;
  /** The last day the end date covers (days since 1970), when there is one. */
  endDay?: number;
}

/** The data date as numbers, for cheap comparisons in the generator's hot loop. */
export interface AsOfParts {
  year: number;
  month: number;
  day: number;
}

const PAD2: readonly string[] = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] as number;
}

type Precision = 'year' | 'month' | 'day';

/** Dates written once each: a million projects share a few thousand distinct date strings. */
const written = new Map<number, string>();

function format(precision: Precision, year: number, month: number, day: number): string {
  if (precision === 'year') day = month = 0;
  else if (precision === 'month') day = 0;
  const key = year * 10000 + month * 100 + day;
  let text = written.get(key);
  if (text === undefined) {
    text =
      precision === 'year'
        ? String(year)
        : precision === 'month'
          ? `${year}-${PAD2[month]}`
          : `${year}-${PAD2[month]}-${PAD2[day]}`;
    written.set(key, text);
  }
  return text;
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (UTC); the generator's years are all after 100 (see partial-date.ts). */
const utcDays = (year: number, month: number, day: number) =>
  Date.UTC(year, month - 1, day) / DAY_MS;

/** A date as a sortable number, e.g. 20261031. */
function ordinal(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/** Share of ongoing projects that have no end date yet. */
const OPEN_ENDED_SHARE = 0.08;

/**
 * Dates and status for a project funded in `fundingYear`: it starts that year or early the next
 * (never after the data date), runs 12–48 months, and is written year-only, year-month or as a
 * full date like real records. It is completed exactly when the last day its end date covers
 * falls before the data date, so status and dates can never disagree.
 */
export function drawSchedule(rng: Random, fundingYear: number, asOf: AsOfParts): Schedule {
  const asOfMonthIndex = asOf.year * 12 + asOf.month - 1;
  let startIndex =
    fundingYear * 12 + (chance(rng, 0.75) ? randomInt(rng, 0, 11) : randomInt(rng, 12, 17));
  if (startIndex > asOfMonthIndex)
    startIndex = randomInt(rng, Math.min(fundingYear * 12, asOfMonthIndex), asOfMonthIndex);
  const startYear = Math.floor(startIndex / 12);
  const startMonth = (startIndex % 12) + 1;
  // Many projects start on the 1st; none after the 28th, so every month has the day.
  const startDay =
    startIndex === asOfMonthIndex
      ? randomInt(rng, 1, Math.min(asOf.day, 28))
      : chance(rng, 0.4)
        ? 1
        : randomInt(rng, 2, 28);

  // A project of M months ends the day before the same day M months later.
  const months = 12 + Math.round(((rng() + rng()) / 2) * 36);
  const endIndex = startIndex + months - (startDay === 1 ? 1 : 0);
  const endYear = Math.floor(endIndex / 12);
  const endMonth = (endIndex % 12) + 1;
  const endDay = startDay === 1 ? daysInMonth(endYear, endMonth) : startDay - 1;

  const r = rng();
  const precision: Precision = r < 0.3 ? 'year' : r < 0.65 ? 'month' : 'day';
  const startDate = format(precision, startYear, startMonth, startDay);
  const endDate = format(precision, endYear, endMonth, endDay);

  // The days the dates cover, as firstDay and lastDay (src/domain/partial-date.ts) read them back.
  const firstMonth = precision === 'year' ? 1 : startMonth;
  const first = utcDays(startYear, firstMonth, precision === 'day' ? startDay : 1);
  const lastMonth = precision === 'year' ? 12 : endMonth;
  const lastMonthDay =
    precision === 'day' ? endDay : precision === 'month' ? daysInMonth(endYear, endMonth) : 31;
  if (ordinal(endYear, lastMonth, lastMonthDay) < ordinal(asOf.year, asOf.month, asOf.day))
    return {
      startDate,
      endDate,
      status: 'completed',
      startDay: first,
      endDay: utcDays(endYear, lastMonth, lastMonthDay),
    };
  // Every schedule in one shape (the open-ended one's end left undefined): a second or third
  // shape met after the generator's code was optimised throws that code away.
  if (chance(rng, OPEN_ENDED_SHARE))
    return {
      startDate,
      endDate: undefined,
      status: 'ongoing',
      startDay: first,
      endDay: undefined,
    };
  return {
    startDate,
    endDate,
    status: 'ongoing',
    startDay: first,
    endDay: utcDays(endYear, lastMonth, lastMonthDay),
  };
}
