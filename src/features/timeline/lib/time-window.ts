import { firstDay } from '@/domain/partial-date';
import type { TimeScale } from './time-scale';

/**
 * The timeline's time window: the part of the axis in view. Its left edge is the scroll position
 * of the track; Earlier and Later move it by its own width, Today centres it on the data date, and the
 * URL keeps the month at its left edge (`at=2019-07`) so a copied link opens on the same years.
 */

const DAY_MS = 86_400_000;
/**
 * Browsers keep whole-pixel scroll positions: a window placed on 1 January may sit a fraction of a
 * pixel before it. Its left edge is read this far in.
 */
const EDGE_PX = 1;

/** The visible part of the track: its width in pixels and the furthest it scrolls. */
export interface TrackView {
  visible: number;
  /** The largest scroll position (the end of the axis, and its padding, at the right edge). */
  max: number;
}

/** The scroll positions the track allows. */
export function clampLeft(left: number, view: TrackView): number {
  return Math.max(0, Math.min(left, view.max));
}

/** The first day of the month nearest to a day (fractional days allowed). */
function nearestMonthStart(day: number): number {
  const date = new Date(Math.round(day) * DAY_MS);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
  const next = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
  return day - start < next - day ? start : next;
}

/**
 * The window moved by its own width: `-1` earlier, `1` later; its left edge on the nearest first
 * of a month, so that steps of a year stay on January (a year is not a whole number of days).
 */
export function stepWindow(
  left: number,
  direction: -1 | 1,
  scale: TimeScale,
  view: TrackView,
): number {
  const target = left + direction * view.visible;
  return clampLeft(scale.x(nearestMonthStart(scale.dayAt(target))), view);
}

/**
 * The window centred on a day (as far as the axis allows), its left edge on the nearest first of
 * a month, so that the URL's window start (a month) opens the same window again.
 */
export function centreOn(day: number, scale: TimeScale, view: TrackView): number {
  const left = scale.x(day + 0.5) - view.visible / 2;
  return clampLeft(scale.x(nearestMonthStart(scale.dayAt(left))), view);
}

/** Whether the window can move earlier or later (it does not already show that end of the axis). */
export function canStep(left: number, view: TrackView) {
  return { earlier: left > 0.5, later: left < view.max - 0.5 };
}

/** The first and last day in the window (the last one fractional). */
export function windowDays(left: number, scale: TimeScale, view: TrackView) {
  return { first: scale.dayAt(left + EDGE_PX), last: scale.dayAt(left + view.visible) };
}

/** The month at the window's left edge, as the URL writes it (`2019-07`). */
export function windowStartParam(left: number, scale: TimeScale): string {
  const date = new Date(Math.floor(scale.dayAt(left + EDGE_PX)) * DAY_MS);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Where the track scrolls for a URL's window start (clamped to the axis). */
export function leftForParam(at: string, scale: TimeScale, view: TrackView): number {
  return clampLeft(scale.x(firstDay(at)), view);
}

/** Whether a scroll position already shows the window start the URL names (its month at the left edge, or the clamped end). */
export function showsParam(left: number, at: string, scale: TimeScale, view: TrackView): boolean {
  return windowStartParam(left, scale) === at || Math.abs(leftForParam(at, scale, view) - left) < 1;
}

/**
 * Where a project's bar lies against the window: inside it (partly or wholly), or entirely before
 * or after it. Rows whose bar is outside are dimmed and point to where their bar is.
 */
export function barSide(
  startDay: number,
  endDay: number,
  window: { first: number; last: number },
): 'before' | 'after' | undefined {
  if (endDay + 1 <= window.first) return 'before';
  if (startDay >= window.last) return 'after';
  return undefined;
}
