import { memo } from 'react';
import { useT } from '@/hooks/i18n';
import type { Language } from '@/domain/codes';
import type { Kpis, MoneyTotals } from '@/domain/engine/types';
import type { ProjectField } from '@/domain/project';
import { formatNumber, formatUsd } from '@/lib/format';
import type { ColumnWindow } from '@/hooks/use-fixed-columns';
import { drawnColumns } from '../lib/drawn-columns';
import { NUMERIC_COLUMNS } from '../lib/table-columns';

interface TotalsRowProps {
  visible: readonly ProjectField[];
  /** The columns drawn after the sticky title; the others are gap cells, as in the body. */
  columns: ColumnWindow;
  kpis: Kpis;
  money: MoneyTotals;
  /** aria-rowindex of the row: after the header and every data row. */
  rowIndex: number;
  lang: Language;
}

/**
 * The totals of the filtered projects, straight from the engine's KPIs so that the table, the
 * summary and every chart agree. When the budget column is hidden the total moves into the label.
 * Drawn again only when the totals, the columns or the language change.
 */
export const TotalsRow = memo(function TotalsRow({
  visible,
  columns,
  kpis,
  money,
  rowIndex,
  lang,
}: TotalsRowProps) {
  const { t } = useT('explorer');
  const budget = formatUsd(kpis.totalBudget, lang);
  const n = formatNumber(kpis.projects, lang);
  const showsBudget = visible.includes('budgetUsd');
  const label = showsBudget
    ? t('totalRow', { count: kpis.projects, n })
    : t('totalRowWithBudget', { count: kpis.projects, n, budget });
  /** A money total, saying how many projects it covers when some do not report the amount. */
  const moneyTotal = (amount: number, reporting: number) => (
    <span
      title={
        reporting < kpis.projects
          ? t('totalReporting', {
              count: reporting,
              n: formatNumber(reporting, lang),
              total: formatNumber(kpis.projects, lang),
            })
          : undefined
      }
    >
      {formatUsd(amount, lang)}
    </span>
  );
  return (
    <tfoot>
      <tr aria-rowindex={rowIndex} className="explorer-totals">
        {drawnColumns(visible, columns).map((column) => {
          if ('gap' in column)
            return (
              <td
                key={column.key}
                colSpan={column.gap}
                aria-hidden="true"
                className="explorer-gap"
              />
            );
          const { field, index } = column;
          return index === 0 ? (
            <th key={field} scope="row" aria-colindex={1} className={`explorer-col-${field}`}>
              {label}
            </th>
          ) : (
            <td
              key={field}
              aria-colindex={index + 1}
              className={`explorer-col-${field}${NUMERIC_COLUMNS.has(field) ? ' num' : ''}`}
            >
              {field === 'budgetUsd' ? budget : null}
              {field === 'committedUsd'
                ? moneyTotal(money.committed, money.committedProjects)
                : null}
              {field === 'disbursedUsd'
                ? moneyTotal(money.disbursed, money.disbursedProjects)
                : null}
              {field === 'spentUsd' ? moneyTotal(money.spent, money.spentProjects) : null}
            </td>
          );
        })}
      </tr>
    </tfoot>
  );
});
