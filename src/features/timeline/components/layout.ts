/** Height of every row of the list, group headers included (uniform, so no measuring is needed). */
export const ROW_HEIGHT = 30;
/** Height of the sticky time axis: a band for the data-date flag, one for years, one for months. */
export const AXIS_HEIGHT = 56;
/** Room after the last day for the "Open-ended" labels. */
export const RIGHT_PAD = 96;

/** Width of the sticky column of project titles for a view width. */
export function labelColumnWidth(viewWidth: number): number {
  return Math.min(300, Math.max(140, Math.round(viewWidth * 0.28)));
}

/** On a phone a year is never narrower than this: fewer years in view, bars wide enough to read. */
export const PHONE_MIN_YEAR_PX = 40;

/**
 * The width a zoom level fits its years into: the track in view, or on a phone at least
 * PHONE_MIN_YEAR_PX a year (the track then scrolls sideways inside the timeline).
 */
export function zoomFitWidth(trackView: number, days: number, phone: boolean): number {
  return phone ? Math.max(trackView, (days / 365.2425) * PHONE_MIN_YEAR_PX) : trackView;
}
