/** Height of every row of the list, group headers included (uniform, so no measuring is needed). */
export const ROW_HEIGHT = 30;
/** Height of the sticky time axis: a band for the data-date flag, one for years, one for months. */
export const AXIS_HEIGHT = 56;

/** Room after the last day for the "Open-ended" labels; less on a phone. */
export function rightPad(phone: boolean): number {
  return phone ? 72 : 96;
}

/** Width of the sticky column of project titles for a view width: narrower on a phone. */
export function labelColumnWidth(viewWidth: number, phone = false): number {
  if (phone) return Math.min(140, Math.max(104, Math.round(viewWidth * 0.3)));
  return Math.min(300, Math.max(140, Math.round(viewWidth * 0.28)));
}

/**
 * On a phone (≤ 480 px) a year is never narrower than this: fewer years in view, each wide enough
 * for its label and for bars to read; the track scrolls sideways to the others.
 */
export const PHONE_MIN_YEAR_PX = 88;
