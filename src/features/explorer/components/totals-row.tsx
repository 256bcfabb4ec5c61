import { useTranslation } from 'react-i18next';
import type { Language } from '@/domain/codes';
import type { Kpis } from '@/domain/engine/types';
import type { ProjectField } from '@/domain/project';
import { formatNumber, formatUsd } from '@/lib/format';
import { NUMERIC_COLUMNS } from '../lib/table-columns';

interface TotalsRowProps {
  visible: readonly ProjectField[];
  kpis: Kpis;
  /** aria-rowindex of the row: after the header and every data row. */
  rowIndex: number;
  lang: Language;
}

/**
 * The totals of the filtered projects, straight from the engine's KPIs so that the table, the
 * summary and every chart agree. When the budget column is hidden the total moves into the label.
 */
export function TotalsRow({ visible, kpis, rowIndex, lang }: TotalsRowProps) {
  const { t } = useTranslation('explorer');
  const budget = formatUsd(kpis.totalBudget, lang);
  const n = formatNumber(kpis.projects, lang);
  const showsBudget = visible.includes('budgetUsd');
  const label = showsBudget
    ? t('totalRow', { count: kpis.projects, n })
    : t('totalRowWithBudget', { count: kpis.projects, n, budget });
  return (
    <tfoot>
      <tr aria-rowindex={rowIndex} className="explorer-totals">
        {visible.map((field, i) =>
          i === 0 ? (
            <th key={field} scope="row" className={`explorer-col-${field}`}>
              {label}
            </th>
          ) : (
            <td
              key={field}
              className={`explorer-col-${field}${NUMERIC_COLUMNS.has(field) ? ' num' : ''}`}
            >
              {field === 'budgetUsd' ? budget : null}
            </td>
          ),
        )}
      </tr>
    </tfoot>
  );
}
