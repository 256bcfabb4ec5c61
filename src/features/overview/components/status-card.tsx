import { useTranslation } from 'react-i18next';
import { ChartCard } from '@/components/charts/chart-card';
import { useExplore } from '@/hooks/portfolio/explore-context';
import { barsOf, barsTable } from '../lib/chart-data';
import { StatusChart } from './status-chart';
import { useChartFilter } from './use-chart-filter';
import '../i18n';

/** The status mix: a donut of the budget by status, with shares in its legend and table. */
export function StatusCard() {
  const { t } = useTranslation('overview');
  const { view, lang } = useExplore();
  const { select, isActive } = useChartFilter('status');
  const slices = barsOf(view.byStatus, 'status', lang);
  const title = t('charts.status');
  const data = barsTable(
    slices,
    {
      category: t('columns.status'),
      budget: t('columns.budget'),
      share: t('columns.share'),
      projects: t('columns.projects'),
    },
    lang,
  );
  return (
    <ChartCard
      title={title}
      note={t('notes.statusShare')}
      data={data}
      fileName="budget-by-status"
      nothingToDraw={slices.every((s) => s.budget === 0)}
      rowAction={{
        label: (row) => t('interact.filterBy', { label: row.display[0] }),
        onSelect: select,
        isActive,
      }}
    >
      <StatusChart
        slices={slices}
        title={title}
        lang={lang}
        onSelect={select}
        isActive={isActive}
      />
    </ChartCard>
  );
}
