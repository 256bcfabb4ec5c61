import { TIMELINE_ZOOMS } from '@/domain/screen-params';

/**
 * The timeline's horizontal scale: days (since 1970-01-01, UTC, as in partial-date.ts) to pixels.
 * A day covers [x(day), x(day + 1)), so a bar that ends on 31 Dec 2023 ends where 2024 begins.
 */

/** The zoom levels, as the URL's `zoom` parameter allows them. */
export const ZOOM_LEVELS = TIMELINE_ZOOMS;
export type ZoomLevel = (typeof ZOOM_LEVELS)[number];

/** Years that fit in the visible width at each zoom level; `all` fits the whole domain. */
const VISIBLE_YEARS: Record<Exclude<ZoomLevel, 'all'>, number> = { decade: 10, five: 5, year: 1 };
const DAYS_PER_YEAR = 365.2425;
const DAY_MS = 86_400_000;

/** A span of whole years: [startDay, endDay), endDay being 1 January after the last year. */
export interface TimeDomain {
  startDay: number;
  endDay: number;
}

export interface TimeScale extends TimeDomain {
  pxPerDay: number;
  /** Width of the whole domain in pixels. */
  width: number;
  /** The x of the start of a day. */
  x(day: number): number;
  /** The day at an x (fractional). */
  dayAt(x: number): number;
}

/** The day number of 1 January of a year. */
export function januaryFirst(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/** The day number of the first day of a month (1–12); months past 12 roll into the next years. */
export function monthFirst(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / DAY_MS;
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** The whole years covering the days from `first` to `last` (inclusive). */
export function yearDomain(first: number, last: number): TimeDomain {
  return { startDay: januaryFirst(yearOf(first)), endDay: januaryFirst(yearOf(last) + 1) };
}

/**
 * Pixels per day for a zoom level: `all` fits the domain in the width; the others show N years,
 * never less than all; and a year is never narrower than `minYearPx` (a phone shows fewer,
 * wider years, and scrolls to the others).
 */
export function pxPerDayFor(
  zoom: ZoomLevel,
  domain: TimeDomain,
  viewWidth: number,
  minYearPx = 0,
): number {
  const fit = viewWidth / Math.max(1, domain.endDay - domain.startDay);
  const zoomed =
    zoom === 'all' ? fit : Math.max(fit, viewWidth / (VISIBLE_YEARS[zoom] * DAYS_PER_YEAR));
  return Math.max(zoomed, minYearPx / DAYS_PER_YEAR);
}

export function createTimeScale(domain: TimeDomain, pxPerDay: number): TimeScale {
  return {
    ...domain,
    pxPerDay,
    width: (domain.endDay - domain.startDay) * pxPerDay,
    x: (day) => (day - domain.startDay) * pxPerDay,
    dayAt: (x) => domain.startDay + x / pxPerDay,
  };
}

/** Where a bar sits: from the start of its first day to the end of its last day, at least `minWidth` wide. */
export function barBox(
  startDay: number,
  lastDay: number,
  scale: TimeScale,
  minWidth = 3,
): { left: number; width: number } {
  const left = scale.x(startDay);
  return { left, width: Math.max(minWidth, scale.x(lastDay + 1) - left) };
}

export interface Tick {
  day: number;
  x: number;
  year: number;
  /** 1–12 for month ticks; absent for year ticks. */
  month?: number;
  /**
   * Whether the tick carries a label (labels thin out when ticks crowd). A label names the year
   * or month that starts at the tick and sits inside it, so the closing tick has none.
   */
  labelled: boolean;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50];

/**
 * A tick at each 1 January of the domain (its end included, unlabelled: the axis ends with the
 * data's last year), labelled every 1, 2, 5… years so labels keep `minGap` apart.
 */
export function yearTicks(scale: TimeScale, minGap = 48): Tick[] {
  const pxPerYear = scale.pxPerDay * DAYS_PER_YEAR;
  const step =
    YEAR_STEPS.find((s) => s * pxPerYear >= minGap) ?? YEAR_STEPS[YEAR_STEPS.length - 1]!;
  const ticks: Tick[] = [];
  for (let year = yearOf(scale.startDay); januaryFirst(year) <= scale.endDay; year++) {
    const day = januaryFirst(year);
    ticks.push({ day, x: scale.x(day), year, labelled: day < scale.endDay && year % step === 0 });
  }
  return ticks;
}

/**
 * A tick at the first of each month but January (the year tick), once months are at least
 * `minMonth` pixels wide; labelled once they are `minLabel` wide. None when months are narrower.
 */
export function monthTicks(scale: TimeScale, minMonth = 12, minLabel = 18): Tick[] {
  const pxPerMonth = (scale.pxPerDay * DAYS_PER_YEAR) / 12;
  if (pxPerMonth < minMonth) return [];
  const ticks: Tick[] = [];
  const first = yearOf(scale.startDay);
  const last = yearOf(scale.endDay - 1);
  for (let year = first; year <= last; year++) {
    for (let month = 2; month <= 12; month++) {
      const day = monthFirst(year, month);
      ticks.push({ day, x: scale.x(day), year, month, labelled: pxPerMonth >= minLabel });
    }
  }
  return ticks;
}

/** Month labels: short names ("Sept", "sept.") when months are wide enough, else initials. */
export function monthLabelStyle(scale: TimeScale): 'short' | 'narrow' {
  return (scale.pxPerDay * DAYS_PER_YEAR) / 12 >= 44 ? 'short' : 'narrow';
}

/**
 * Whether a tick's label, `width` pixels from the tick on, is whole inside the visible part of the
 * track, [from, to]: labels that would be cut at either edge are left out.
 */
export function labelInside(tick: Tick, width: number, from: number, to: number): boolean {
  return tick.labelled && tick.x >= from - 0.5 && tick.x + width <= to + 0.5;
}

/** The ticks between two x positions (what is on screen, give or take a margin). */
export function ticksBetween(ticks: readonly Tick[], from: number, to: number): Tick[] {
  return ticks.filter((t) => t.x >= from && t.x <= to);
}

/**
 * Where to scroll after the scale changes (zoom, resize, filters): keep the date at the centre of
 * the view, unless that would leave every row on screen without its bar in view; then bring the
 * start of those rows' span to the left edge.
 */
export function anchoredScrollLeft(
  previous: TimeScale,
  next: TimeScale,
  scrollLeft: number,
  viewWidth: number,
  onScreen?: { first: number; last: number },
): number {
  const half = viewWidth / 2;
  let left = next.x(previous.dayAt(scrollLeft + half)) - half;
  if (
    onScreen &&
    (onScreen.last + 1 < next.dayAt(left) || onScreen.first > next.dayAt(left + viewWidth))
  ) {
    left = next.x(onScreen.first) - viewWidth * 0.05;
  }
  return Math.max(0, Math.min(left, next.width - viewWidth));
}

/** The year at the left edge of the view, unless a labelled year tick is already shown near it. */
export function leftEdgeYear(
  scale: TimeScale,
  ticks: readonly Tick[],
  scrollLeft: number,
  room = 48,
): number | undefined {
  if (ticks.some((t) => t.labelled && t.x >= scrollLeft - 0.5 && t.x < scrollLeft + room))
    return undefined;
  return yearOf(scale.dayAt(scrollLeft));
}
