import { countryName } from '@/domain/codes/countries';
import type { Language } from '@/domain/codes/languages';
import { typeLabel } from '@/domain/codes/project-types';
import { regions } from '@/domain/codes/regions';
import type { Bin, Pivot, PivotDimension } from '@/domain/engine/types';

/** `row`: a region, type or country; `unassigned`: projects naming no country; `other`: countries added up. */
export type PivotRowKind = 'row' | 'unassigned' | 'other';

export interface PivotRow {
  /** The code of the region, type or country; empty for the unassigned and other rows. */
  key: string;
  kind: PivotRowKind;
  cells: number[];
  total: number;
  /** How many countries an `other` row adds up. */
  count: number;
}

/** The pivot as the budget screen shows it: rows in order, column totals and the grand total. */
export interface PivotModel {
  dimension: PivotDimension;
  years: number[];
  rows: PivotRow[];
  columnTotals: number[];
  grandTotal: number;
}

/** Budgets are whole dollars; a gap smaller than this between sums is rounding, not money. */
const CENT_TOLERANCE = 0.5;

/** The label of a pivot row key in the language: a region, a project type or a country name. */
export function rowKeyLabel(dimension: PivotDimension, key: string, lang: Language): string {
  if (dimension === 'region') return regions.has(key) ? regions.label(key, lang) : key;
  if (dimension === 'type') return typeLabel(key, lang);
  return countryName(key, lang);
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/**
 * The engine's pivot as table rows. Country rows only cover projects that name a benefiting
 * state; the budget of the others (possible in imported data) goes to an "unassigned" row, taken
 * from the year totals, so that every column and the grand total still reconcile.
 */
export function pivotModel(
  pivot: Pivot,
  dimension: PivotDimension,
  byYear: readonly Bin<number>[],
): PivotModel {
  const rows: PivotRow[] = pivot.rowKeys.map((key, i) => ({
    key,
    kind: 'row',
    cells: pivot.cells[i] ?? [],
    total: pivot.rowTotals[i] ?? 0,
    count: 1,
  }));
  let columnTotals = pivot.columnTotals;
  if (dimension === 'country') {
    const yearTotal = new Map(byYear.map((bin) => [bin.key, bin.budget]));
    const gaps = pivot.years.map(
      (year, i) => (yearTotal.get(year) ?? 0) - (pivot.columnTotals[i] ?? 0),
    );
    if (gaps.some((gap) => gap >= CENT_TOLERANCE)) {
      const cells = gaps.map((gap) => (gap >= CENT_TOLERANCE ? gap : 0));
      rows.push({ key: '', kind: 'unassigned', cells, total: sum(cells), count: 0 });
      columnTotals = pivot.columnTotals.map((total, i) => total + cells[i]!);
    }
  }
  return { dimension, years: pivot.years, rows, columnTotals, grandTotal: pivot.grandTotal };
}

/**
 * Keeps the first `keep` rows (the largest: country rows come largest first) and adds the rest
 * up in one "other" row; the unassigned row stays on its own at the end. Totals do not change.
 */
export function collapseRows(model: PivotModel, keep: number): PivotModel {
  const listed = model.rows.filter((row) => row.kind === 'row');
  if (listed.length <= keep) return model;
  const rest = listed.slice(keep);
  const other: PivotRow = {
    key: '',
    kind: 'other',
    cells: model.years.map((_, i) => sum(rest.map((row) => row.cells[i] ?? 0))),
    total: sum(rest.map((row) => row.total)),
    count: rest.length,
  };
  const unassigned = model.rows.filter((row) => row.kind === 'unassigned');
  return { ...model, rows: [...listed.slice(0, keep), other, ...unassigned] };
}
