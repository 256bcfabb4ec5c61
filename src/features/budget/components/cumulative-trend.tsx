import { useT } from '@/hooks/i18n';
import { ChartCard, type ChartData } from '@/components/charts/chart-card';
import {
  ChartFrame,
  ValueAxis,
  YearAxis,
  points as pointsAlong,
  useAmountPlot,
} from '@/components/charts/chart-frame';
import { chartCard } from '@/components/charts/same-data';
import { TooltipBox } from '@/components/charts/tooltip-box';
import type { Language } from '@/domain/codes/languages';
import type { Bin } from '@/domain/engine/types';
import { formatUsd, formatUsdCompact } from '@/lib/format';
import { PALETTE } from '@/lib/palette';
import { usePrinting } from '../hooks/use-printing';
import { cumulativeByYear, type CumulativePoint } from '../lib/cumulative';
import { PRINT_WIDTH_PX } from '../lib/print-layout';
import '../i18n';

/** Height of the chart on screen (budget.css gives its box the same) and printed (about 60 mm). */
const SCREEN_HEIGHT_PX = 260;
const PRINT_HEIGHT_PX = 115;
/** Least room between two years' labels before one is left out. */
const MIN_YEAR_GAP = 12;
const COLOUR = PALETTE[0];

interface CumulativeTrendProps {
  byYear: readonly Bin<number>[];
  lang: Language;
  /** The part of the page's width the chart has in print (beside another block when < 1). */
  printShare?: number;
}

/**
 * The running total of budget by funding year, as an area with its table view: plain SVG drawn
 * in one pass (the frame of the Overview's charts). It renders again only when its years' figures
 * or the language change, not on a filter that leaves them as they were.
 */
export const CumulativeTrend = chartCard(function CumulativeTrend({
  byYear,
  lang,
  printShare = 1,
}: CumulativeTrendProps) {
  const { t } = useT('budget');
  const points = cumulativeByYear(byYear);
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
        <TrendArea points={points} lang={lang} printShare={printShare} />
      </div>
    </ChartCard>
  );
});

/** The area and its axes; on paper drawn at the page's width, not the screen's. */
function TrendArea({
  points,
  lang,
  printShare,
}: {
  points: readonly CumulativePoint[];
  lang: Language;
  printShare: number;
}) {
  const { t } = useT('budget');
  const printing = usePrinting();
  const plot = useAmountPlot(
    last(points)?.cumulative ?? 0,
    5,
    lang,
    printing
      ? { width: Math.floor(PRINT_WIDTH_PX * printShare), height: PRINT_HEIGHT_PX, right: 16 }
      : { height: SCREEN_HEIGHT_PX, right: 16 },
  );
  const { container, width, height, ticks, left, right, top, bottom, yOf } = plot;
  const years = pointsAlong(points.length, left, right);
  const line = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${years.centreOf(i)},${yOf(p.cumulative)}`)
    .join('');
  const area =
    points.length > 0
      ? `${line}L${years.centreOf(points.length - 1)},${bottom}L${years.centreOf(0)},${bottom}Z`
      : '';
  return (
    <ChartFrame
      container={container}
      width={width}
      height={height}
      count={points.length}
      itemAt={({ x, y }) => (y < top || y > bottom ? undefined : years.indexAt(x))}
      tooltip={(index) => {
        const point = points[index]!;
        return (
          <TooltipBox
            title={`${t('trend.year')} ${point.year}`}
            lines={[
              {
                name: t('trend.cumulative'),
                value: formatUsd(point.cumulative, lang),
                colour: COLOUR,
              },
              { name: t('trend.budget'), value: formatUsd(point.budget, lang) },
            ]}
          />
        );
      }}
    >
      {(active) => (
        <>
          <ValueAxis
            ticks={ticks}
            yOf={yOf}
            left={left}
            right={right}
            label={(v) => formatUsdCompact(v, lang)}
            grid
          />
          <path className="trend-area" d={area} fill={COLOUR} fillOpacity={0.18} stroke="none" />
          <path className="chart-line" d={line} fill="none" stroke={COLOUR} strokeWidth={2} />
          {active ? (
            <>
              <line
                x1={years.centreOf(active.index)}
                y1={top}
                x2={years.centreOf(active.index)}
                y2={bottom}
                stroke="#ccc"
              />
              <circle
                cx={years.centreOf(active.index)}
                cy={yOf(points[active.index]?.cumulative ?? 0)}
                r={4}
                fill={COLOUR}
                stroke="#fff"
                strokeWidth={2}
              />
            </>
          ) : null}
          <YearAxis years={points} xOf={years.centreOf} plot={plot} minGap={MIN_YEAR_GAP} />
        </>
      )}
    </ChartFrame>
  );
}

const last = <T,>(items: readonly T[]): T | undefined => items[items.length - 1];
