import type { Language } from '@/domain/codes/languages';
import { collapseRows, rowKeyLabel, type PivotModel, type PivotRow } from './pivot-model';
import type { Translate } from './filters-sentence';

/** Country rows listed before the rest are added up: what fits one A4 page with the trend. */
export const TOP_COUNTRIES = 25;

/** A table row and where it shows: on screen, in print, or both. */
export interface DisplayRow {
  row: PivotRow;
  id: string;
  label: string;
  screen: boolean;
  print: boolean;
}

/** The label of any pivot row: its region, type or country, or the unassigned and other rows' words. */
export function rowLabel(model: PivotModel, row: PivotRow, lang: Language, t: Translate): string {
  if (row.kind === 'unassigned') return t('pivot.unassigned');
  if (row.kind === 'other') return t('pivot.other', { count: row.count });
  return rowKeyLabel(model.dimension, row.key, lang);
}

/**
 * The rows of the table. Countries beyond the top ones are added up in "Other countries" unless
 * the reader asks for all of them on screen; print always adds them up so the page stays one.
 */
export function displayRows(
  model: PivotModel,
  showAll: boolean,
  lang: Language,
  t: Translate,
): DisplayRow[] {
  const printed = model.dimension === 'country' ? collapseRows(model, TOP_COUNTRIES) : model;
  const make = (row: PivotRow, screen: boolean, print: boolean): DisplayRow => ({
    row,
    id: `${row.kind}:${row.key}`,
    label: rowLabel(model, row, lang, t),
    screen,
    print,
  });
  if (!showAll || printed === model) return printed.rows.map((row) => make(row, true, true));
  const listed = model.rows.filter((row) => row.kind === 'row');
  const other = printed.rows.find((row) => row.kind === 'other');
  const unassigned = model.rows.filter((row) => row.kind === 'unassigned');
  return [
    ...listed.map((row, i) => make(row, true, i < TOP_COUNTRIES)),
    ...(other ? [make(other, false, true)] : []),
    ...unassigned.map((row) => make(row, true, true)),
  ];
}

/** How many country rows the "Other countries" row adds up, in print; 0 when every row is listed. */
export function countriesAddedUp(model: PivotModel): number {
  if (model.dimension !== 'country') return 0;
  return Math.max(0, model.rows.filter((row) => row.kind === 'row').length - TOP_COUNTRIES);
}
