import { regions, type RegionCode } from './codes/regions';

/**
 * Each screen's own view settings, held in the URL beside the shared filters so that a copied
 * link shows what the user saw. The allowed values are defined here once: the URL parser checks
 * against them and the screens draw their controls from them.
 */

/** Timeline "Group by". */
export const TIMELINE_GROUPS = ['region', 'type', 'country', 'none'] as const;
/** Timeline "Zoom": the whole span, ten years, five years or one year in view. */
export const TIMELINE_ZOOMS = ['all', 'decade', 'five', 'year'] as const;
/** Budget pivot "Rows". */
export const PIVOT_ROWS = ['region', 'type', 'country'] as const;
/** Budget pivot by country: the top countries (the rest added up) or every country. */
export const PIVOT_COUNTRIES = ['top', 'all'] as const;
/** Map "Measure". */
export const MAP_MEASURES = ['budget', 'projects'] as const;
/** Map "Highlight region": regions with states of their own (Global has none to outline). */
export const HIGHLIGHT_REGIONS = regions.codes.filter(
  (c): c is Exclude<RegionCode, 'global'> => c !== 'global',
);
/** Overview "Stack by" of the budget-by-year chart. */
export const YEAR_STACKS = ['status', 'type'] as const;

/**
 * Timeline "at": the month its time window starts, `YYYY-MM` (a year alone is read as its
 * January), years 1900–2100. Earlier, Later, Today and scrolling move it.
 */
const WINDOW_START = /^(\d{4})(?:-(\d{1,2}))?$/;

/** The canonical `YYYY-MM` of a window start, or undefined when it is not one. */
export function readWindowStart(raw: string): string | undefined {
  const match = WINDOW_START.exec(raw.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Every screen parameter with a list of allowed values, in the order they are written to the URL. */
export const SCREEN_PARAM_VALUES = {
  group: TIMELINE_GROUPS,
  zoom: TIMELINE_ZOOMS,
  rows: PIVOT_ROWS,
  countries: PIVOT_COUNTRIES,
  measure: MAP_MEASURES,
  highlight: HIGHLIGHT_REGIONS,
  stack: YEAR_STACKS,
} as const;

/** Screen parameters read by a rule rather than a list (written after the listed ones). */
export const SCREEN_PARAM_READERS = { at: readWindowStart } as const;

type ListedParam = keyof typeof SCREEN_PARAM_VALUES;
export type ScreenParam = ListedParam | keyof typeof SCREEN_PARAM_READERS;
export type ScreenParamValue<P extends ScreenParam> = P extends ListedParam
  ? (typeof SCREEN_PARAM_VALUES)[P][number]
  : string;
/** The screen parameters a URL sets; an absent one means the screen's default. */
export type ScreenParams = { [P in ScreenParam]?: ScreenParamValue<P> };

export const SCREEN_PARAMS = [
  ...Object.keys(SCREEN_PARAM_VALUES),
  ...Object.keys(SCREEN_PARAM_READERS),
] as ScreenParam[];

/**
 * What a screen shows when its parameter is absent; "Highlight region" has none (nothing
 * outlined), nor has the timeline's window start (the screen picks where the window opens).
 */
export const SCREEN_DEFAULTS = {
  group: 'region',
  zoom: 'all',
  rows: 'region',
  countries: 'top',
  measure: 'budget',
  stack: 'status',
} as const satisfies { [P in Exclude<ScreenParam, 'highlight' | 'at'>]: ScreenParamValue<P> };

type Defaulted = keyof typeof SCREEN_DEFAULTS;
/** The value a screen works with: its default filled in where it has one. */
export type ScreenSetting<P extends ScreenParam> = P extends Defaulted
  ? ScreenParamValue<P>
  : ScreenParamValue<P> | undefined;

/** The allowed value a URL value names (case ignored), or undefined. */
export function readScreenValue<P extends ScreenParam>(
  param: P,
  raw: string,
): ScreenParamValue<P> | undefined {
  if (param === 'at') return readWindowStart(raw) as ScreenParamValue<P> | undefined;
  const value = raw.trim().toLowerCase();
  const allowed: readonly string[] = SCREEN_PARAM_VALUES[param as ListedParam];
  return allowed.includes(value) ? (value as ScreenParamValue<P>) : undefined;
}

/** Whether a value is what the screen shows anyway, so the URL need not say it. */
export function isScreenDefault(param: ScreenParam, value: string | undefined): boolean {
  return value === undefined || (SCREEN_DEFAULTS as Record<string, string>)[param] === value;
}

/** A screen's setting from the parsed parameters, its default filled in. */
export function screenSetting<P extends ScreenParam>(
  screen: ScreenParams,
  param: P,
): ScreenSetting<P> {
  const value = screen[param] ?? (SCREEN_DEFAULTS as Partial<Record<ScreenParam, string>>)[param];
  return value as ScreenSetting<P>;
}
