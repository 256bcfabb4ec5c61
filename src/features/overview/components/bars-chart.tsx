import { useT } from '@/hooks/i18n';
import { memo, useMemo, useRef } from 'react';
import { sameData } from '@/components/charts/same-data';
import { valueTicks } from '@/components/charts/value-ticks';
import type { Language } from '@/domain/codes/languages';
import { useElementWidth } from '@/hooks/use-element-width';
import { formatUsdCompact } from '@/lib/format';
import { barsLayout } from '../lib/bars-layout';
import type { BarDatum } from '../lib/chart-data';
import { CategoryTick } from './category-tick';
import {
  AXIS_COLOUR,
  CURSOR_COLOUR,
  ChartFrame,
  TICK_GAP,
  bands,
  spacedLabels,
} from '@/components/charts/chart-frame';
import { BudgetTooltip } from './chart-tooltip';
import '../i18n';

interface BarsChartProps {
  bars: BarDatum[];
  title: string;
  colour: string;
  lang: Language;
  onSelect: (key: string) => void;
  /** The most the category labels may take, in pixels (less on a narrow card). */
  labelWidth?: number;
}

/** Room around the plot, and the value axis' height under it. */
const MARGIN = 4;
const AXIS_HEIGHT = 30;
/** The most a bar may be thick, and the share of its row left empty above and below it. */
const MAX_BAR = 22;
const BAR_GAP = 0.1;
/** Gap between a bar's end and its amount. */
const VALUE_OFFSET = 5;
/** Least room between two value ticks' labels before one is left out. */
const MIN_TICK_GAP = 16;

/**
 * Horizontal bars of budget by category, labelled with their amounts: plain SVG drawn from the
 * bars in one pass. Clicking a bar's row applies that category as the filter; with the keyboard,
 * the focused chart shows the first bar's tooltip, the arrow keys move it, and Enter or Space
 * applies the bar it is on.
 *
 * It renders again only when its bars, labels or width change: a click on its own facet changes
 * the selection, not the bars.
 */
export const BarsChart = memo(function BarsChart({
  bars,
  title,
  colour,
  lang,
  onSelect,
  labelWidth = 170,
}: BarsChartProps) {
  const { t } = useT('overview');
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container, 480);
  const compact = (v: number) => formatUsdCompact(v, lang);
  const { valueRoom, labelRoom, lines, rowHeight } = useMemo(
    () => barsLayout(bars, width, labelWidth, (v) => formatUsdCompact(v, lang)),
    [bars, width, labelWidth, lang],
  );
  const height = Math.max(120, bars.length * rowHeight + 40);
  const left = MARGIN + labelRoom;
  const right = Math.max(left + 1, width - valueRoom);
  const top = MARGIN;
  const bottom = height - MARGIN - AXIS_HEIGHT;
  const rows = bands(bars.length, top, bottom);
  const barSize = Math.min(MAX_BAR, rows.band * (1 - 2 * BAR_GAP));
  const ticks = useMemo(
    () =>
      valueTicks(
        bars.reduce((max, b) => Math.max(max, b.budget), 0),
        4,
      ),
    [bars],
  );
  const domainMax = ticks[ticks.length - 1] || 1;
  const xOf = (value: number) => left + (Math.max(0, value) / domainMax) * (right - left);
  const shownTicks = spacedLabels(ticks, xOf, compact, MIN_TICK_GAP);
  return (
    <ChartFrame
      container={container}
      className="bars-chart"
      width={width}
      height={height}
      title={title}
      description={t('interact.hint')}
      count={bars.length}
      itemAt={({ x, y }) => (x < left || x > right ? undefined : rows.indexAt(y))}
      anchorOf={(index) => ({ x: xOf(bars[index]?.budget ?? 0), y: rows.centreOf(index) })}
      onSelect={(index) => {
        const bar = bars[index];
        if (bar) onSelect(bar.key);
      }}
      tooltip={(index) => (
        <BudgetTooltip datum={bars[index]!} hint={t('interact.tooltipAction')} lang={lang} />
      )}
    >
      {(active) => (
        <>
          {active ? (
            <rect
              x={left}
              y={rows.startOf(active.index)}
              width={right - left}
              height={rows.band}
              fill={CURSOR_COLOUR}
            />
          ) : null}
          {bars.map((bar, i) => {
            const y = rows.startOf(i) + (rows.band - barSize) / 2;
            const end = xOf(bar.budget);
            return (
              // By position, not by category: when a filter changes which categories are shown
              // (another region's countries), each row's elements are kept and only their
              // width and words change, instead of being removed and made again.
              <g key={i}>
                <rect
                  className="chart-bar"
                  x={left}
                  y={y}
                  width={Math.max(0, end - left)}
                  height={barSize}
                  fill={colour}
                />
                <text
                  className="bar-value"
                  x={end + VALUE_OFFSET}
                  y={y + barSize / 2}
                  dominantBaseline="central"
                  fill="#808080"
                >
                  {compact(bar.budget)}
                </text>
                <CategoryTick
                  x={left - TICK_GAP}
                  y={rows.centreOf(i)}
                  payload={{ value: bar.label }}
                  linesOf={(label) => lines.get(label) ?? [label]}
                />
              </g>
            );
          })}
          <line x1={left} y1={top} x2={left} y2={bottom} stroke={AXIS_COLOUR} />
          <line x1={left} y1={bottom} x2={right} y2={bottom} stroke={AXIS_COLOUR} />
          {shownTicks.map((tick, i) => (
            <text
              key={i}
              className="axis-tick"
              x={xOf(tick)}
              y={bottom + TICK_GAP}
              dy="0.71em"
              textAnchor="middle"
              fill={AXIS_COLOUR}
            >
              {compact(tick)}
            </text>
          ))}
        </>
      )}
    </ChartFrame>
  );
}, sameData);
