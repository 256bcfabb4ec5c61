import { useT } from '@/hooks/i18n';
import { ChartCard } from '@/components/charts/chart-card';
import { PALETTE } from '@/lib/palette';
import { chartCard } from '@/components/charts/same-data';
import type { Language } from '@/domain/codes/languages';
import type { Bin, SpendingYear } from '@/domain/engine/types';
import { spendingRows, spendingTable } from '../lib/money-chart-data';
import { SpendingChart } from './spending-chart';
import '../i18n';

/** Budget solid, disbursed dotted, spent dashed: the lines differ by more than their colour. */
const SERIES = [
  { key: 'budget', colour: PALETTE[0] },
  { key: 'disbursed', colour: PALETTE[4], dashes: '2 2' },
  { key: 'spent', colour: PALETTE[5], dashes: '6 3' },
] as const;

/**
 * Budget by funding year beside disbursements and expenditure by the year they happened, from the
 * engine's one pass (view.byYear and view.spendingByYear).
 */
export const SpendingCard = chartCard(function SpendingCard({
  byYear,
  spendingByYear,
  lang,
}: {
  byYear: readonly Bin<number>[];
  spendingByYear: readonly SpendingYear[];
  lang: Language;
}) {
  const { t } = useT('overview');
  const rows = spendingRows(byYear, spendingByYear);
  const title = t('charts.spending');
  const label = (key: (typeof SERIES)[number]['key']) => t(`spending.${key}`);
  const data = spendingTable(
    rows,
    {
      year: t('columns.yearShort'),
      budget: label('budget'),
      disbursed: label('disbursed'),
      spent: label('spent'),
    },
    lang,
  );
  return (
    <ChartCard
      title={title}
      note={t('notes.spending')}
      data={data}
      fileName="budget-and-spending"
      nothingToDraw={rows.every((r) => r.budget === 0 && r.disbursed === 0 && r.spent === 0)}
    >
      <SpendingChart
        rows={rows}
        series={SERIES.map((s) => ({ ...s, label: label(s.key) }))}
        title={title}
        lang={lang}
      />
    </ChartCard>
  );
});
