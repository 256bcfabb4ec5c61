import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { ChartCard } from '@/components/charts/chart-card';
import { projectTypes } from '@/domain/codes/project-types';
import { YEAR_STACKS } from '@/domain/screen-params';
import { useExplore } from '@/hooks/portfolio/explore-context';
import { STATUS_COLOURS, seriesColour } from '@/lib/palette';
import { useScreenParam } from '@/hooks/use-view-state';
import { stackedOf, stackedTable, type StackDimension } from '../lib/chart-data';
import { useChartFilter } from './use-chart-filter';
import { YearChart } from './year-chart';
import '../i18n';

/** Type colours follow the code list, so a type keeps its colour whatever the filters leave. */
function colourOf(dimension: StackDimension, key: string): string {
  if (dimension === 'status') return STATUS_COLOURS[key] ?? seriesColour(0);
  if (projectTypes.has(key)) return seriesColour(projectTypes.codes.indexOf(key));
  // Another portfolio's types (DAC categories, a CSV's values): a colour fixed by the code.
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return seriesColour(hash);
}

/** Budget by funding year, stacked by status or by type (a switch), filtering by year on click. */
export function YearCard() {
  const { t } = useTranslation('overview');
  const { view, lang } = useExplore();
  const { select, isActive } = useChartFilter('year');
  // In the URL (`stack`), so a copied link and Back show the same stacking.
  const [stack, setStack] = useScreenParam('stack');
  const { series, rows } = stackedOf(
    stack === 'status' ? view.byYearStatus : view.byYearType,
    stack,
    lang,
  );
  const coloured = series.map((s) => ({ ...s, colour: colourOf(stack, s.key) }));
  const title = t('charts.year');
  const data = stackedTable(
    rows,
    series,
    { year: t('columns.year'), total: t('columns.total') },
    lang,
  );
  const controls = (
    <SegmentedControl
      label={t('stack.label')}
      options={YEAR_STACKS}
      value={stack}
      optionLabel={(dimension) => t(`stack.${dimension}`)}
      onChange={setStack}
    />
  );
  return (
    <ChartCard
      title={title}
      controls={controls}
      data={data}
      fileName={`budget-by-year-and-${stack}`}
      nothingToDraw={rows.every((r) => r.total === 0)}
      rowAction={{
        label: (row) => t('interact.filterBy', { label: row.display[0] }),
        onSelect: select,
        isActive,
      }}
    >
      <YearChart rows={rows} series={coloured} title={title} lang={lang} onSelect={select} />
    </ChartCard>
  );
}
