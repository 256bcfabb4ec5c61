/** ISO 8601 with reduced precision: `2019`, `2019-03` or `2019-03-15`. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date written that way (its schema, partialDateSchema, is in project.ts: this file is zod-free). */
export type PartialDate = string;

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Parsed dates by text. A portfolio repeats a few thousand distinct dates across all its records,
 * and loading one parses each record's dates several times; the cache is cleared when it grows.
 */
const parsed = new Map<string, Readonly<DateParts> | null>();
const CACHE_LIMIT = 20_000;

/** The parts of a partial date, or undefined when it is not a real calendar date. */
export function parsePartialDate(text: string): Readonly<DateParts> | undefined {
  const cached = parsed.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const parts = parseParts(text);
  if (parsed.size >= CACHE_LIMIT) parsed.clear();
  parsed.set(text, parts ? Object.freeze(parts) : null);
  return parts;
}

function parseParts(text: string): DateParts | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined) {
    if (day < 1 || day > daysInMonth(year, month)) return undefined;
  }
  return { year, month, day };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  // Arithmetic rather than a Date: this runs for every date of every record loaded.
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}

const DAY_MS = 86_400_000;
/** Days in 400 Gregorian years: the calendar repeats exactly after them. */
const DAYS_IN_400_YEARS = 146_097;

/**
 * Days since 1970-01-01 (UTC) of a calendar date. `Date.UTC` reads years 0–99 as 1900–1999; such
 * a year is counted 400 years later and brought back, so `0050` stays the year 50.
 */
function utcDays(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day) / DAY_MS;
  return Date.UTC(year + 400, monthIndex, day) / DAY_MS - DAYS_IN_400_YEARS;
}

/** The first day a partial date covers, as days since 1970-01-01 (UTC). `2019` → 1 Jan 2019. */
export function firstDay(text: string): number {
  const p = parsePartialDate(text);
  if (!p) return Number.NaN;
  return utcDays(p.year, (p.month ?? 1) - 1, p.day ?? 1);
}

/** The last day a partial date covers, as days since 1970-01-01 (UTC). `2023` → 31 Dec 2023. */
export function lastDay(text: string): number {
  const p = parsePartialDate(text);
  if (!p) return Number.NaN;
  if (p.day !== undefined) return utcDays(p.year, (p.month ?? 1) - 1, p.day);
  if (p.month !== undefined) return utcDays(p.year, p.month - 1, daysInMonth(p.year, p.month));
  return utcDays(p.year, 11, 31);
}

/** Days since 1970-01-01 (UTC) back to an ISO date `YYYY-MM-DD`. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 (UTC) for a JavaScript date. */
export function dayOf(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** The year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/**
 * Normalises what real sources write for a date: ISO dates, reduced-precision ISO, a year as a
 * number, and ISO date-times (their date part). Returns undefined for anything else.
 */
export function normalizePartialDate(raw: unknown): string | undefined {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 && raw <= 9999)
    return String(raw);
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const candidate = /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
  return parsePartialDate(candidate) ? candidate : undefined;
}
