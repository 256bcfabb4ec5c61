import { useT } from '@/hooks/i18n';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { SegmentedControl } from '@/components/ui/segmented-control';
import { ChartCard } from '@/components/charts/chart-card';
import { chartCard } from '@/components/charts/same-data';
import type { Language } from '@/domain/codes/languages';
import { projectTypes } from '@/domain/codes/project-types';
import type { StackedBin } from '@/domain/engine/types';
import { YEAR_STACKS } from '@/domain/screen-params';
import { STATUS_COLOURS, seriesColour } from '@/lib/palette';
import { useScreenParam } from '@/hooks/use-view-state';
import { stackedOf, stackedTable, type StackDimension } from '../lib/chart-data';
import { useChartFilter, type SelectOnly } from './use-chart-filter';
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

interface YearCardProps {
  byYearStatus: readonly StackedBin[];
  byYearType: readonly StackedBin[];
  lang: Language;
  selected: readonly number[];
  selectOnly: SelectOnly;
}

/**
 * Budget by funding year, stacked by status or by type (a switch), filtering by year on click.
 * The stacking is in the URL (`stack`), so a copied link and Back show the same stacking; only
 * this small wrapper follows the address, the card itself renders again only when its bins, its
 * stacking or its selection change.
 */
export function YearCard(props: YearCardProps) {
  const [stack, setStack] = useScreenParam('stack');
  const latest = useRef(setStack);
  useLayoutEffect(() => {
    latest.current = setStack;
  });
  const onStack = useCallback((value: StackDimension) => latest.current(value), []);
  return <StackedYearCard {...props} stack={stack} onStack={onStack} />;
}

const StackedYearCard = chartCard(function StackedYearCard({
  byYearStatus,
  byYearType,
  lang,
  selected,
  selectOnly,
  stack,
  onStack,
}: YearCardProps & { stack: StackDimension; onStack: (stack: StackDimension) => void }) {
  const { t } = useT('overview');
  const { select, isActive } = useChartFilter('year', selected, selectOnly);
  const { series, rows } = stackedOf(stack === 'status' ? byYearStatus : byYearType, stack, lang);
  const coloured = series.map((s) => ({ ...s, colour: colourOf(stack, s.key) }));
  const title = t('charts.year');
  const data = stackedTable(
    rows,
    series,
    { year: t('columns.year'), total: t('columns.total') },
    lang,
  );
  const controls = <StackSwitch value={stack} onChange={onStack} />;
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
});

/**
 * "Stack by": status or type. Drawn again only when the stacking or the language changes, not with
 * each new set of bins the card around it draws.
 */
const StackSwitch = memo(function StackSwitch({
  value,
  onChange,
}: {
  value: StackDimension;
  onChange: (stack: StackDimension) => void;
}) {
  const { t } = useT('overview');
  return (
    <SegmentedControl
      label={t('stack.label')}
      options={YEAR_STACKS}
      value={value}
      optionLabel={(dimension) => t(`stack.${dimension}`)}
      onChange={onChange}
    />
  );
});
