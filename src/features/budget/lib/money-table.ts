import type { Language } from '@/domain/codes/languages';
import type {
  FunderBin,
  MoneySums,
  MoneyTotals,
  Pivot,
  PivotDimension,
} from '@/domain/engine/types';
import type { Filters } from '@/domain/filters';
import { rowKeyLabel } from './pivot-model';

/** Country rows the money table lists before adding the rest up: it shares the printed page. */
export const MONEY_TOP_COUNTRIES = 10;

/** One row of the money table: a region, type or country (or the others added up, or the rest). */
export interface MoneyRow {
  id: string;
  kind: 'row' | 'other' | 'unassigned';
  key: string;
  /** How many countries an `other` row adds up. */
  count: number;
  budget: number;
  committed: number;
  disbursed: number;
  spent: number;
}

/** Budgets and money are whole dollars; a smaller gap between sums is rounding. */
const TOLERANCE = 0.5;

function add(row: MoneyRow, budget: number, money: MoneySums): void {
  row.budget += budget;
  row.committed += money.committed;
  row.disbursed += money.disbursed;
  row.spent += money.spent;
}

const empty = (id: string, kind: MoneyRow['kind'], key: string): MoneyRow => ({
  id,
  kind,
  key,
  count: 0,
  budget: 0,
  committed: 0,
  disbursed: 0,
  spent: 0,
});

/**
 * Budget, committed, disbursed and spent per row of the pivot's dimension, from the engine's one
 * pass. Countries beyond the largest ones are added up; what no row holds (projects naming no
 * country) goes to a last row, so every column adds up to the totals row.
 */
export function moneyRows(
  pivot: Pivot,
  dimension: PivotDimension,
  totals: { budget: number; money: MoneyTotals },
): { rows: MoneyRow[]; total: MoneyRow } {
  const rows: MoneyRow[] = [];
  let other: MoneyRow | undefined;
  pivot.rowKeys.forEach((key, i) => {
    const money = pivot.rowMoney[i] ?? { committed: 0, disbursed: 0, spent: 0 };
    const budget = pivot.rowTotals[i] ?? 0;
    if (dimension === 'country' && i >= MONEY_TOP_COUNTRIES) {
      other ??= empty('other', 'other', '');
      other.count++;
      add(other, budget, money);
      return;
    }
    const row = empty(`row:${key}`, 'row', key);
    add(row, budget, money);
    rows.push(row);
  });
  if (other) rows.push(other);
  const total = empty('total', 'row', '');
  add(total, totals.budget, totals.money);
  const rest = empty('unassigned', 'unassigned', '');
  const sum = (k: 'budget' | 'committed' | 'disbursed' | 'spent') =>
    rows.reduce((s, r) => s + r[k], 0);
  rest.budget = total.budget - sum('budget');
  rest.committed = total.committed - sum('committed');
  rest.disbursed = total.disbursed - sum('disbursed');
  rest.spent = total.spent - sum('spent');
  if ([rest.budget, rest.committed, rest.disbursed, rest.spent].some((v) => v >= TOLERANCE))
    rows.push(rest);
  return { rows, total };
}

/** The label of a money row in the language. */
export function moneyRowLabel(
  row: MoneyRow,
  dimension: PivotDimension,
  lang: Language,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (row.kind === 'other') return t('pivot.other', { count: row.count });
  if (row.kind === 'unassigned') return t('pivot.unassigned');
  return rowKeyLabel(dimension, row.key, lang);
}

/** The one funder the filters name, with its part of the matching projects, if exactly one. */
export function singleFunder(
  filters: Filters,
  byFunder: readonly FunderBin[],
): FunderBin | undefined {
  if (filters.funder.length !== 1) return undefined;
  const wanted = filters.funder[0]!;
  return byFunder.find((bin) => bin.key === wanted) ?? byFunder.find((b) => b.name === wanted);
}
