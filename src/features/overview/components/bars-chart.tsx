import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { sameData } from '@/components/charts/same-data';
import { valueTicks } from '@/components/charts/value-ticks';
import type { Language } from '@/domain/codes/languages';
import { useElementWidth } from '@/hooks/use-element-width';
import { formatNumber, formatUsd, formatUsdCompact } from '@/lib/format';
import { textWidth } from '@/lib/text-width';
import { barsLayout } from '../lib/bars-layout';
import type { BarDatum } from '../lib/chart-data';
import { CategoryTick } from './category-tick';
import { TooltipBox } from './chart-tooltip';
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
/** Gap between a category label (or a value tick) and the axis line. */
const TICK_GAP = 8;
/** The most a bar may be thick, and the share of its row left empty above and below it. */
const MAX_BAR = 22;
const BAR_GAP = 0.1;
/** Gap between a bar's end and its amount. */
const VALUE_OFFSET = 5;
/** Least room between two value ticks' labels before one is left out. */
const MIN_TICK_GAP = 16;
const AXIS_COLOUR = '#666';
const CURSOR_COLOUR = 'rgb(0 114 178 / 8%)';

/** The bar the tooltip is on, and where the tooltip goes (the pointer, or the bar's end). */
interface Active {
  index: number;
  x: number;
  y: number;
}

/**
 * Horizontal bars of budget by category, labelled with their amounts: plain SVG drawn from the
 * bars in one pass (a general chart library re-ran its whole store of selectors on every filter
 * change, several times the cost of the picture itself). Clicking a bar's row applies that
 * category as the filter; with the keyboard, the focused chart shows the first bar's tooltip, the
 * arrow keys move it, and Enter or Space applies the bar it is on.
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
  const { t } = useTranslation('overview');
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container, 480);
  const [active, setActive] = useState<Active | undefined>(undefined);
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
  const band = bars.length > 0 ? (bottom - top) / bars.length : 0;
  const barSize = Math.min(MAX_BAR, band * (1 - 2 * BAR_GAP));
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
  const shownTicks = spacedTicks(ticks, xOf, (v) => textWidth(compact(v), 12));

  /** The row under a point of the chart, if the point is on the plot. */
  const rowAt = (event: MouseEvent<SVGSVGElement>): Active | undefined => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    if (x < left || x > right || y < top || y >= bottom || band <= 0) return undefined;
    const index = Math.floor((y - top) / band);
    return index < bars.length ? { index, x, y } : undefined;
  };
  /** The tooltip at a bar's end, for the keyboard. */
  const atBar = (index: number): Active => ({
    index,
    x: xOf(bars[index]?.budget ?? 0),
    y: top + (index + 0.5) * band,
  });
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (bars.length === 0) return;
    const current = active?.index ?? 0;
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowRight: 1,
      ArrowUp: -1,
      ArrowLeft: -1,
    };
    if (event.key in step) {
      event.preventDefault();
      const next = Math.min(bars.length - 1, Math.max(0, current + step[event.key]!));
      setActive(atBar(next));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(atBar(event.key === 'Home' ? 0 : bars.length - 1));
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      const bar = bars[active.index];
      if (!bar) return;
      event.preventDefault();
      onSelect(bar.key);
    } else if (event.key === 'Escape') {
      setActive(undefined);
    }
  };
  const shown = active ? bars[active.index] : undefined;
  // Right of the point, or left of it when it would overflow the chart (as Recharts placed it).
  const tip = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = tip.current;
    if (!element || !active) return;
    const tipWidth = element.offsetWidth;
    const x =
      active.x + 10 + tipWidth > width ? Math.max(0, active.x - 10 - tipWidth) : active.x + 10;
    element.style.left = `${x}px`;
  }, [active, width]);
  return (
    <div ref={container} className="chart-canvas bars-chart">
      <svg
        role="application"
        tabIndex={0}
        className="chart-surface clickable-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        onMouseMove={(event) => setActive(rowAt(event))}
        onMouseLeave={() => setActive(undefined)}
        onClick={(event) => {
          const row = rowAt(event);
          const bar = row ? bars[row.index] : undefined;
          if (bar) onSelect(bar.key);
        }}
        onFocus={() => setActive((current) => current ?? (bars.length > 0 ? atBar(0) : undefined))}
        onBlur={() => setActive(undefined)}
        onKeyDown={onKeyDown}
      >
        <title>{title}</title>
        <desc>{t('interact.hint')}</desc>
        {active ? (
          <rect
            x={left}
            y={top + active.index * band}
            width={right - left}
            height={band}
            fill={CURSOR_COLOUR}
          />
        ) : null}
        {bars.map((bar, i) => {
          const y = top + i * band + (band - barSize) / 2;
          const end = xOf(bar.budget);
          return (
            <g key={bar.key}>
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
                y={top + (i + 0.5) * band}
                payload={{ value: bar.label }}
                linesOf={(label) => lines.get(label) ?? [label]}
              />
            </g>
          );
        })}
        <line x1={left} y1={top} x2={left} y2={bottom} stroke={AXIS_COLOUR} />
        <line x1={left} y1={bottom} x2={right} y2={bottom} stroke={AXIS_COLOUR} />
        {shownTicks.map((tick) => (
          <text
            key={tick}
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
      </svg>
      {shown && active ? (
        <div ref={tip} className="bars-tooltip" style={{ left: active.x + 10, top: active.y + 10 }}>
          <TooltipBox
            title={shown.label}
            lines={[
              { value: formatUsd(shown.budget, lang) },
              {
                value: t('interact.tooltipProjects', {
                  count: shown.count,
                  n: formatNumber(shown.count, lang),
                }),
              },
            ]}
            hint={t('interact.tooltipAction')}
          />
        </div>
      ) : null}
    </div>
  );
}, sameData);

/**
 * The ticks whose labels fit side by side: the last one always (the axis' end), then each one
 * before it that leaves `MIN_TICK_GAP` to the one kept after it.
 */
function spacedTicks(
  ticks: readonly number[],
  xOf: (value: number) => number,
  widthOf: (value: number) => number,
): number[] {
  const kept: number[] = [];
  let leftEdge = Number.POSITIVE_INFINITY;
  for (let i = ticks.length - 1; i >= 0; i--) {
    const tick = ticks[i]!;
    const half = widthOf(tick) / 2;
    if (xOf(tick) + half + MIN_TICK_GAP <= leftEdge || kept.length === 0) {
      kept.unshift(tick);
      leftEdge = xOf(tick) - half;
    }
  }
  return kept;
}
