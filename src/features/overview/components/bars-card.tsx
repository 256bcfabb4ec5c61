import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '@/components/charts/chart-card';
import type { Facet } from '@/domain/filters';
import { useExplore } from '@/hooks/portfolio/explore-context';
import { barsTable, type BarDatum } from '../lib/chart-data';
import { BarsChart } from './bars-chart';
import { useChartFilter } from './use-chart-filter';
import '../i18n';

interface BarsCardProps {
  title: string;
  note?: ReactNode;
  facet: Facet;
  /** Heading of the table's first column. */
  category: string;
  bars: BarDatum[];
  colour: string;
  fileName: string;
  labelWidth?: number;
}

/** A card with horizontal bars of budget for one facet; a bar or a table row filters by its value. */
export function BarsCard({
  title,
  note,
  facet,
  category,
  bars,
  colour,
  fileName,
  labelWidth,
}: BarsCardProps) {
  const { t } = useTranslation('overview');
  const { lang } = useExplore();
  const { select, isActive } = useChartFilter(facet);
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
}
