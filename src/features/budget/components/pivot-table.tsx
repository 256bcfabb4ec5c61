import { useT } from '@/hooks/i18n';
import type { CSSProperties } from 'react';
import type { Language } from '@/domain/codes/languages';
import type { DisplayRow } from '../lib/pivot-display';
import type { PivotModel } from '../lib/pivot-model';
import { formatAmount, type PrintLayout } from '../lib/print-layout';
import '../i18n';

interface PivotTableProps {
  model: PivotModel;
  rows: DisplayRow[];
  lang: Language;
  print: PrintLayout;
}

function rowClass(row: DisplayRow): string | undefined {
  const classes = [
    row.row.kind !== 'row' ? `pivot-row-${row.row.kind}` : '',
    !row.print ? 'pivot-screen-only' : '',
    !row.screen ? 'pivot-print-only' : '',
  ];
  return classes.filter(Boolean).join(' ') || undefined;
}

/**
 * The pivot: rows by region, type or country, columns by funding year, row totals at the right
 * and column totals in the footer. Cells show full amounts; `data-print` holds the amount in the
 * print unit, which the print stylesheet shows instead (no second set of elements).
 */
export function PivotTable({ model, rows, lang, print }: PivotTableProps) {
  const { t } = useT('budget');
  const amount = (value: number) => ({
    children: formatAmount(value, 'full', lang),
    'data-print': formatAmount(value, print.unit, lang),
  });
  // Every year column is as wide as the longest year total, so the years scroll by whole columns.
  const width = (values: number[]) =>
    Math.max(...values.map((v) => formatAmount(v, 'full', lang).length));
  const style = {
    '--pivot-print-font': `${print.fontPt}pt`,
    '--pivot-year-col': `${Math.max(4, width(model.columnTotals)) + 1}ch`,
    '--pivot-total-col': `${Math.max(t('pivot.total').length, width([model.grandTotal])) + 1}ch`,
  } as CSSProperties;
  return (
    <table className="data-table pivot-table" style={style} data-print-unit={print.unit}>
      <caption>
        {t(`pivot.caption.${model.dimension}`)}
        <span className="print-only"> — {t(`pivot.unit.${print.unit}`)}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t(`pivot.dimension.${model.dimension}`)}</th>
          {model.years.map((year, i) => (
            <th key={i} scope="col" className="num">
              {year}
            </th>
          ))}
          <th scope="col" className="num">
            {t('pivot.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {/* Rows and cells by position, not by region, country or year: a filter that shows
            other countries (or other years) changes their words and amounts in place instead of
            removing and making the table's rows again. Nothing in a row keeps a state or focus. */}
        {rows.map((display, r) => (
          <tr key={r} className={rowClass(display)}>
            <th scope="row">{display.label}</th>
            {display.row.cells.map((value, i) => (
              <td key={i} className="num" {...amount(value)} />
            ))}
            <td className="num pivot-row-total" {...amount(display.row.total)} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('pivot.total')}</th>
          {model.columnTotals.map((value, i) => (
            <td key={i} className="num" {...amount(value)} />
          ))}
          <td className="num pivot-grand-total" {...amount(model.grandTotal)} />
        </tr>
      </tfoot>
    </table>
  );
}
