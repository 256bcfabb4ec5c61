import { useT } from '@/hooks/i18n';
import { memo } from 'react';
import { sameData } from '@/components/charts/same-data';
import type { Language } from '@/domain/codes/languages';
import { formatUsd, formatUsdCompact } from '@/lib/format';
import type { SpendingRow } from '../lib/money-chart-data';
import {
  ChartFrame,
  ValueAxis,
  YearAxis,
  points,
  useAmountPlot,
} from '@/components/charts/chart-frame';
import { ChartLegend } from './chart-legend';
import { TooltipBox } from '@/components/charts/tooltip-box';
import '../i18n';

/** One line of the chart: its figure, name, colour and dashes (so colour is not the only cue). */
export interface SpendingSeries {
  key: 'budget' | 'disbursed' | 'spent';
  label: string;
  colour: string;
  dashes?: string;
}

interface SpendingChartProps {
  rows: SpendingRow[];
  series: SpendingSeries[];
  title: string;
  lang: Language;
}

/** Least room between two years' labels before one is left out. */
const MIN_YEAR_GAP = 48;
/** The dots marking the year the tooltip is on. */
const DOT_RADIUS = 4;

/**
 * Lines of budget, disbursements and spending by year: plain SVG, one path a series (lines, not
 * bars, so three series over every year stay within the DOM budget of DESIGN §10). The pointer
 * or the arrow keys show a year's three amounts.
 *
 * It renders again only when its rows, labels or width change.
 */
export const SpendingChart = memo(function SpendingChart({
  rows,
  series,
  title,
  lang,
}: SpendingChartProps) {
  const { t } = useT('overview');
  const compact = (v: number) => formatUsdCompact(v, lang);
  const plot = useAmountPlot(
    rows.reduce((max, r) => Math.max(max, r.budget, r.disbursed, r.spent), 0),
    4,
    lang,
  );
  const { container, width, height, ticks, left, right, top, bottom, yOf } = plot;
  const years = points(rows.length, left, right);
  const pathOf = (key: SpendingSeries['key']) =>
    rows.map((row, i) => `${i === 0 ? 'M' : 'L'}${years.centreOf(i)},${yOf(row[key])}`).join('');
  return (
    <ChartFrame
      container={container}
      width={width}
      height={height}
      title={title}
      description={t('interact.readHint')}
      count={rows.length}
      itemAt={({ x, y }) => (y < top || y > bottom ? undefined : years.indexAt(x))}
      anchorOf={(index) => ({
        x: years.centreOf(index),
        y: yOf(Math.max(...series.map((s) => rows[index]?.[s.key] ?? 0))),
      })}
      tooltip={(index) => {
        const row = rows[index]!;
        return (
          <TooltipBox
            title={String(row.year)}
            lines={series.map((s) => ({
              name: s.label,
              value: formatUsd(row[s.key], lang),
              colour: s.colour,
            }))}
          />
        );
      }}
      above={<ChartLegend items={series} />}
    >
      {(active) => (
        <>
          <ValueAxis ticks={ticks} yOf={yOf} left={left} right={right} label={compact} />
          {active ? (
            <line
              x1={years.centreOf(active.index)}
              y1={top}
              x2={years.centreOf(active.index)}
              y2={bottom}
              stroke="#ccc"
            />
          ) : null}
          {series.map((s) => (
            <path
              key={s.key}
              className="chart-line"
              d={pathOf(s.key)}
              fill="none"
              stroke={s.colour}
              strokeWidth={2}
              strokeDasharray={s.dashes}
            />
          ))}
          {active
            ? series.map((s) => (
                <circle
                  key={s.key}
                  cx={years.centreOf(active.index)}
                  cy={yOf(rows[active.index]?.[s.key] ?? 0)}
                  r={DOT_RADIUS}
                  fill={s.colour}
                  stroke="#fff"
                  strokeWidth={2}
                />
              ))
            : null}
          <YearAxis years={rows} xOf={years.centreOf} plot={plot} minGap={MIN_YEAR_GAP} />
        </>
      )}
    </ChartFrame>
  );
}, sameData);
