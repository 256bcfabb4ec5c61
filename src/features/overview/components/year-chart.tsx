import { useT } from '@/hooks/i18n';
import { memo } from 'react';
import { sameData } from '@/components/charts/same-data';
import type { Language } from '@/domain/codes/languages';
import { formatUsd, formatUsdCompact } from '@/lib/format';
import type { Series, StackedRow } from '../lib/chart-data';
import {
  CURSOR_COLOUR,
  ChartFrame,
  ValueAxis,
  YearAxis,
  bands,
  useAmountPlot,
} from '@/components/charts/chart-frame';
import { ChartLegend } from './chart-legend';
import { TooltipBox } from '@/components/charts/tooltip-box';
import '../i18n';

interface YearChartProps {
  rows: StackedRow[];
  series: (Series & { colour: string })[];
  title: string;
  lang: Language;
  onSelect: (year: string) => void;
}

/** A column takes 80 % of its year's band, at most 56 px. */
const COLUMN_SHARE = 0.8;
const MAX_COLUMN = 56;
/** Least room between two years' labels before one is left out. */
const MIN_YEAR_GAP = 8;

/**
 * Columns of budget by funding year, each stacked by status or type bottom up in the legend's
 * order: plain SVG drawn in one pass. A click on a year's band (or Enter on the year the arrow
 * keys reached) filters by that year; the tooltip gives each series' amount and the total.
 *
 * It renders again only when its rows, series, labels or width change.
 */
export const YearChart = memo(function YearChart({
  rows,
  series,
  title,
  lang,
  onSelect,
}: YearChartProps) {
  const { t } = useT('overview');
  const compact = (v: number) => formatUsdCompact(v, lang);
  const plot = useAmountPlot(
    rows.reduce((max, row) => Math.max(max, row.total), 0),
    5,
    lang,
  );
  const { container, width, height, ticks, left, right, top, bottom, yOf } = plot;
  const years = bands(rows.length, left, right);
  const column = Math.min(MAX_COLUMN, years.band * COLUMN_SHARE);
  return (
    <ChartFrame
      container={container}
      width={width}
      height={height}
      title={title}
      description={t('interact.hint')}
      count={rows.length}
      itemAt={({ x, y }) => (y < top || y > bottom ? undefined : years.indexAt(x))}
      anchorOf={(index) => ({ x: years.centreOf(index), y: yOf(rows[index]?.total ?? 0) })}
      onSelect={(index) => {
        const row = rows[index];
        if (row) onSelect(String(row.year));
      }}
      tooltip={(index) => {
        const row = rows[index]!;
        const lines = series
          .filter((s) => (row[s.key] ?? 0) !== 0)
          .map((s) => ({
            name: s.label,
            value: formatUsd(row[s.key] ?? 0, lang),
            colour: s.colour,
          }));
        return (
          <TooltipBox
            title={String(row.year)}
            lines={[
              ...lines,
              { value: t('interact.tooltipTotal', { value: formatUsd(row.total, lang) }) },
            ]}
            hint={t('interact.tooltipAction')}
          />
        );
      }}
      above={<ChartLegend items={series} />}
    >
      {(active) => (
        <>
          <ValueAxis ticks={ticks} yOf={yOf} left={left} right={right} label={compact} grid />
          {active ? (
            <rect
              x={years.startOf(active.index)}
              y={top}
              width={years.band}
              height={bottom - top}
              fill={CURSOR_COLOUR}
            />
          ) : null}
          {rows.map((row, i) => {
            if (!(row.total > 0)) return null;
            const x = years.centreOf(i) - column / 2;
            let sum = 0;
            return (
              <g key={row.year} className="chart-bar">
                {series.map((s) => {
                  const value = row[s.key] ?? 0;
                  if (!(value > 0)) return null;
                  const base = yOf(sum);
                  sum += value;
                  const y = yOf(sum);
                  return (
                    <rect
                      key={s.key}
                      x={x}
                      y={y}
                      width={column}
                      height={base - y}
                      fill={s.colour}
                    />
                  );
                })}
              </g>
            );
          })}
          <YearAxis years={rows} xOf={years.centreOf} plot={plot} minGap={MIN_YEAR_GAP} />
        </>
      )}
    </ChartFrame>
  );
}, sameData);
