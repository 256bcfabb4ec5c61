import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard, type ChartData } from '@/components/charts/chart-card';
import { valueAxisWidth } from '@/components/charts/value-axis-width';
import type { Language } from '@/domain/codes/languages';
import type { Bin } from '@/domain/engine/types';
import { formatUsd, formatUsdCompact } from '@/lib/format';
import { PALETTE } from '@/lib/palette';
import { usePrinting } from '../hooks/use-printing';
import { cumulativeByYear } from '../lib/cumulative';
import { PRINT_WIDTH_PX } from '../lib/print-layout';
import '../i18n';

/** Height of the printed chart in CSS pixels (about 60 mm). */
const PRINT_HEIGHT_PX = 115;

/** The running total of budget by funding year, as an area chart with its table view. */
export function CumulativeTrend({
  byYear,
  lang,
  printShare = 1,
}: {
  byYear: readonly Bin<number>[];
  lang: Language;
  /** The part of the page's width the chart has in print (beside another block when < 1). */
  printShare?: number;
}) {
  const { t } = useTranslation('budget');
  const points = useMemo(() => cumulativeByYear(byYear), [byYear]);
  // Ticks in the page's 15 px text (the trend sets no smaller size): room computed, not measured.
  const axisWidth = useMemo(
    () =>
      valueAxisWidth(
        points.reduce((max, p) => Math.max(max, p.cumulative), 0),
        5,
        (v) => formatUsdCompact(v, lang),
        15,
      ),
    [points, lang],
  );
  const printing = usePrinting();
  // On paper the chart is drawn at the page's width, not the screen's.
  const size = printing
    ? { width: Math.floor(PRINT_WIDTH_PX * printShare), height: PRINT_HEIGHT_PX }
    : { responsive: true, style: { width: '100%', height: '100%' } };
  const data: ChartData = {
    columns: [
      { key: 'year', label: t('trend.year') },
      { key: 'budget', label: t('trend.budget'), numeric: true },
      { key: 'cumulative', label: t('trend.cumulative'), numeric: true },
    ],
    rows: points.map((p) => ({
      key: String(p.year),
      cells: [p.year, p.budget, p.cumulative],
      display: [String(p.year), formatUsd(p.budget, lang), formatUsd(p.cumulative, lang)],
    })),
  };
  const first = points[0];
  const last = points[points.length - 1];
  const label =
    first && last
      ? t('trend.chartLabel', {
          first: first.year,
          last: last.year,
          total: formatUsd(last.cumulative, lang),
        })
      : t('trend.title');
  return (
    <ChartCard
      title={t('trend.title')}
      note={t('trend.note')}
      data={data}
      fileName="cumulative-budget-by-year"
      nothingToDraw={points.every((p) => p.budget === 0)}
    >
      <div className="budget-trend-chart" role="img" aria-label={label}>
        <AreaChart
          {...size}
          accessibilityLayer={false}
          data={points}
          margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" tickMargin={6} minTickGap={12} />
          <YAxis tickFormatter={(v: number) => formatUsdCompact(v, lang)} width={axisWidth} />
          <Tooltip
            formatter={(value) => formatUsd(Number(value), lang)}
            labelFormatter={(year) => `${t('trend.year')} ${String(year)}`}
            isAnimationActive={false}
          />
          <Area
            type="monotone"
            dataKey="cumulative"
            name={t('trend.cumulative')}
            stroke={PALETTE[0]}
            strokeWidth={2}
            fill={PALETTE[0]}
            fillOpacity={0.18}
            isAnimationActive={false}
          />
        </AreaChart>
      </div>
    </ChartCard>
  );
}
