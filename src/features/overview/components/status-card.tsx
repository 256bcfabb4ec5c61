import { useT } from '@/hooks/i18n';
import { ChartCard } from '@/components/charts/chart-card';
import { chartCard } from '@/components/charts/same-data';
import type { Language } from '@/domain/codes/languages';
import type { Bin } from '@/domain/engine/types';
import { barsOf, barsTable } from '../lib/chart-data';
import { StatusChart } from './status-chart';
import { useChartFilter, type SelectOnly } from './use-chart-filter';
import '../i18n';

interface StatusCardProps {
  byStatus: readonly Bin[];
  lang: Language;
  selected: readonly string[];
  selectOnly: SelectOnly;
}

/**
 * The status mix: a donut of the budget by status, with shares in its legend and table. It
 * renders again only when its bins or selection change.
 */
export const StatusCard = chartCard(function StatusCard({
  byStatus,
  lang,
  selected,
  selectOnly,
}: StatusCardProps) {
  const { t } = useT('overview');
  const { select, isActive } = useChartFilter('status', selected, selectOnly);
  const slices = barsOf(byStatus, 'status', lang);
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
});
