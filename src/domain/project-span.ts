import { firstDay, lastDay } from './partial-date';

/**
 * A project's span: the one definition every screen, the engine and the exports use (DESIGN §7).
 *
 * - It runs from the first day its start date covers to the last day its end date covers
 *   (`2019`–`2023` is 1 Jan 2019 to 31 Dec 2023).
 * - A project without an end date is open-ended: as far as the data know it is still running.
 *   It therefore matches every period from its start on and sorts after every dated end
 *   (`spanBounds`); drawn, it runs to the data date, or over the period its start
 *   covers when that ends later (a project that starts after the data date), with an open end.
 * - A start date is required: a record without one is not a project (it is listed as a data issue).
 */
export interface ProjectSpan {
  /** First day covered, in days since 1970-01-01 (UTC). */
  startDay: number;
  /** Last day covered (inclusive): the end date's, or for an open-ended project the drawn end. */
  endDay: number;
  /** True when the project has no end date. */
  open: boolean;
}

/** The span of a project as drawn, against the data date (`asOfDay`, the last day of `meta.asOf`). */
export function projectSpan(
  startDate: string,
  endDate: string | undefined,
  asOfDay: number,
): ProjectSpan {
  const startDay = firstDay(startDate);
  if (endDate) return { startDay, endDay: lastDay(endDate), open: false };
  return { startDay, endDay: Math.max(asOfDay, lastDay(startDate)), open: true };
}

/**
 * The days a project may be running, for the period filter and the date sorts: from its first day
 * to its last, unbounded (`reachDay` infinite) when open-ended.
 */
export function spanBounds(
  startDate: string,
  endDate: string | undefined,
): { startDay: number; reachDay: number } {
  return {
    startDay: firstDay(startDate),
    reachDay: endDate ? lastDay(endDate) : Number.POSITIVE_INFINITY,
  };
}

/** The data date's last day: where open-ended spans are drawn to. */
export function asOfDayOf(asOf: string): number {
  return lastDay(asOf);
}
