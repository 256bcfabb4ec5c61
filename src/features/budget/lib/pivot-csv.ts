import type { CellValue } from '@/lib/csv/columns';
import type { Language } from '@/domain/codes/languages';
import type { Translate } from './filters-sentence';
import { rowLabel } from './pivot-display';
import type { PivotModel } from './pivot-model';

/** Equal country shares leave binary fractions (33333.333…); cents are all the money there is. */
const toCents = (value: number) => Math.round(value * 100) / 100;

/**
 * The whole pivot as a CSV table — every row, none added up — with the code and the label in
 * separate columns, raw amounts, and the totals row last.
 */
export function pivotCsvTable(
  model: PivotModel,
  lang: Language,
  t: Translate,
): { header: string[]; rows: CellValue[][] } {
  const total = t('pivot.total');
  const header = [
    t('pivot.code'),
    t(`pivot.dimension.${model.dimension}`),
    ...model.years.map(String),
    total,
  ];
  const rows: CellValue[][] = model.rows.map((row) => [
    row.key,
    rowLabel(model, row, lang, t),
    ...row.cells.map(toCents),
    toCents(row.total),
  ]);
  rows.push(['', total, ...model.columnTotals.map(toCents), toCents(model.grandTotal)]);
  return { header, rows };
}
