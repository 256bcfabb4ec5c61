import { useT } from '@/hooks/i18n';
import { ChartCard } from '@/components/charts/chart-card';
import { chartCard } from '@/components/charts/same-data';
import type { Language } from '@/domain/codes/languages';
import type { Facet } from '@/domain/filters';
import { barsTable, type BarDatum } from '../lib/chart-data';
import { BarsChart } from './bars-chart';
import { useChartFilter, type SelectOnly } from './use-chart-filter';
import '../i18n';

interface BarsCardProps {
  title: string;
  note?: string;
  facet: Facet;
  /** Heading of the table's first column. */
  category: string;
  bars: BarDatum[];
  colour: string;
  fileName: string;
  labelWidth?: number | undefined;
  lang: Language;
  /** The facet's selected values: a bar that is the only one shows as pressed. */
  selected: readonly (string | number)[];
  selectOnly: SelectOnly;
}

/**
 * A card with horizontal bars of budget for one facet; a bar or a table row filters by its value.
 * It renders again only when its bars, labels or selection change.
 */
export const BarsCard = chartCard(function BarsCard({
  title,
  note,
  facet,
  category,
  bars,
  colour,
  fileName,
  labelWidth,
  lang,
  selected,
  selectOnly,
}: BarsCardProps) {
  const { t } = useT('overview');
  const { select, isActive } = useChartFilter(facet, selected, selectOnly);
  const data = barsTable(
    bars,
    { category, budget: t('columns.budget'), projects: t('columns.projects') },
    lang,
  );
  return (
    <ChartCard
      title={title}
      note={note}
      data={data}
      fileName={fileName}
      nothingToDraw={bars.every((b) => b.budget === 0)}
      rowAction={{
        label: (row) => t('interact.filterBy', { label: row.display[0] }),
        onSelect: select,
        isActive,
      }}
    >
      <BarsChart
        bars={bars}
        title={title}
        colour={colour}
        lang={lang}
        onSelect={select}
        labelWidth={labelWidth}
      />
    </ChartCard>
  );
});
