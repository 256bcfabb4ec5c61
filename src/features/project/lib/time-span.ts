import { yearOfDay } from '@/domain/partial-date';
import { projectSpan as domainSpan } from '@/domain/project-span';

/** A project's span in days since 1970-01-01 (UTC), end exclusive. */
export interface ProjectSpan {
  start: number;
  /** The day after the last day; for an open-ended project, the day after the data date. */
  end: number;
  openEnded: boolean;
}

/** The project's span (src/domain/project-span.ts, DESIGN §7) with its end made exclusive. */
export function projectSpan(
  startDate: string,
  endDate: string | undefined,
  asOfDay: number,
): ProjectSpan {
  const span = domainSpan(startDate, endDate, asOfDay);
  return { start: span.startDay, end: span.endDay + 1, openEnded: span.open };
}

const DAYS_PER_MONTH = 365.25 / 12;

/** The length of a span in whole years and months, rounded to the nearest month. */
export function spanLength(span: ProjectSpan): { years: number; months: number } {
  const total = Math.max(0, Math.round((span.end - span.start) / DAYS_PER_MONTH));
  return { years: Math.floor(total / 12), months: total % 12 };
}

/** The years an axis shows: whole years around the span and the data date. */
export interface AxisDomain {
  firstYear: number;
  /** The last year shown (inclusive). */
  lastYear: number;
  startDay: number;
  /** The first day after the axis. */
  endDay: number;
}

/**
 * Whole years covering the span and the data date; an open-ended project gets one more year so
 * that its open end has room to show.
 */
export function axisDomain(span: ProjectSpan, asOfDay: number | undefined): AxisDomain {
  const days = [span.start, span.end - 1, ...(asOfDay === undefined ? [] : [asOfDay])];
  const firstYear = yearOfDay(Math.min(...days));
  const lastYear = yearOfDay(Math.max(...days)) + (span.openEnded ? 1 : 0);
  return {
    firstYear,
    lastYear,
    startDay: Date.UTC(firstYear, 0, 1) / 86_400_000,
    endDay: Date.UTC(lastYear + 1, 0, 1) / 86_400_000,
  };
}

/** The step between labelled years so that labels at least `minGap` px apart fit `width`. */
export function labelStep(yearCount: number, width: number, minGap = 44): number {
  const perYear = width / Math.max(1, yearCount);
  return [1, 2, 5, 10, 20, 50].find((step) => step * perYear >= minGap) ?? 100;
}
