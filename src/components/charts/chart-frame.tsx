import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { valueTicks } from '@/components/charts/value-ticks';
import type { Language } from '@/domain/codes/languages';
import { useElementWidth } from '@/hooks/use-element-width';
import { formatUsdCompact } from '@/lib/format';
import { textWidth } from '@/lib/text-width';
import './chart-frame.css';

/*
 * The charts (the Overview's, the budget summary's trend) are plain SVG drawn from their figures in one pass (a general chart
 * library re-ran its whole store of selectors, and rendered every chart twice, on each filter
 * click). What they share is here: the focusable surface with its title and hint, the item the
 * tooltip is on (moved by the pointer or the arrow keys), click and Enter to filter, the tooltip
 * placed beside the pointer, and the axes' tick labels.
 */

/** A point of the chart, in its own pixels (0, 0 at its top left). */
export interface Point {
  x: number;
  y: number;
}

/** The item the tooltip is on, and where the tooltip goes (the pointer, or the item's anchor). */
export interface Active extends Point {
  index: number;
}

/** The colour of axis lines and tick labels, of the grid, and of the hovered item's band. */
export const AXIS_COLOUR = '#666';
export const GRID_COLOUR = '#e3e8ee';
export const CURSOR_COLOUR = 'rgb(0 114 178 / 8%)';
/** Gap between a tick label and its axis line. */
export const TICK_GAP = 8;
/** Tick labels' font size, in pixels (overview.css gives them the same). */
export const TICK_FONT = 12;

interface ChartFrameProps {
  /** The element whose width the chart follows (from `useElementWidth`). */
  container: Ref<HTMLDivElement>;
  className?: string;
  width: number;
  height: number;
  /**
   * The chart's accessible name and its hint (what a click and the keys do). Without a title the
   * picture is hidden from assistive technology: an element around it names it.
   */
  title?: string;
  description?: string;
  /** How many items (bars, years, slices) the tooltip can be on. */
  count: number;
  /** The item under a point of the chart, if any. */
  itemAt: (point: Point) => number | undefined;
  /**
   * Where the tooltip goes when the keyboard moves it. Without it the chart is not focusable
   * (its legend's buttons are the keyboard's way to the same filters).
   */
  anchorOf?: (index: number) => Point;
  /** What a click on an item (or Enter on it) does; nothing when absent. */
  onSelect?: (index: number) => void;
  /** The tooltip's content for an item. */
  tooltip: (index: number) => ReactNode;
  /** The chart's shapes, given the item the tooltip is on (to draw a cursor). */
  children: (active: Active | undefined) => ReactNode;
  /** Drawn above and below the picture, e.g. a legend. */
  above?: ReactNode;
  below?: ReactNode;
}

/** Arrow keys move the tooltip by one item, whichever way the items run. */
const STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * An SVG chart's frame: the surface (named by `title`, focusable when it has anchors), the
 * tooltip on the item under the pointer — or, with the keyboard, on the first item when focused,
 * moved with the arrow keys, Home and End — and click or Enter to select that item.
 */
export function ChartFrame({
  container,
  className,
  width,
  height,
  title,
  description,
  count,
  itemAt,
  anchorOf,
  onSelect,
  tooltip,
  children,
  above,
  below,
}: ChartFrameProps) {
  const [active, setActive] = useState<Active | undefined>(undefined);
  const pointed = (event: MouseEvent<SVGSVGElement>): Active | undefined => {
    const box = event.currentTarget.getBoundingClientRect();
    const point = { x: event.clientX - box.left, y: event.clientY - box.top };
    const index = itemAt(point);
    return index === undefined || index < 0 || index >= count ? undefined : { index, ...point };
  };
  const at = (index: number): Active | undefined =>
    anchorOf && count > 0 ? { index, ...anchorOf(index) } : undefined;
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (count === 0) return;
    const current = active?.index ?? 0;
    if (event.key in STEP) {
      event.preventDefault();
      setActive(at(Math.min(count - 1, Math.max(0, current + STEP[event.key]!))));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(at(event.key === 'Home' ? 0 : count - 1));
    } else if ((event.key === 'Enter' || event.key === ' ') && active && onSelect) {
      event.preventDefault();
      onSelect(active.index);
    } else if (event.key === 'Escape') {
      setActive(undefined);
    }
  };
  const shown = active && active.index < count ? active : undefined;
  const focusable = anchorOf !== undefined;
  return (
    <div ref={container} className={className ? `chart-canvas ${className}` : 'chart-canvas'}>
      {above}
      <div className="chart-plot">
        <svg
          role={title === undefined ? undefined : focusable ? 'application' : 'img'}
          aria-hidden={title === undefined ? true : undefined}
          tabIndex={focusable ? 0 : undefined}
          className={onSelect ? 'chart-surface clickable-chart' : 'chart-surface'}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          onMouseMove={(event) => setActive(pointed(event))}
          onMouseLeave={() => setActive(undefined)}
          onClick={
            onSelect
              ? (event) => {
                  const item = pointed(event);
                  if (item) onSelect(item.index);
                }
              : undefined
          }
          onFocus={focusable ? () => setActive((current) => current ?? at(0)) : undefined}
          onBlur={focusable ? () => setActive(undefined) : undefined}
          onKeyDown={focusable ? onKeyDown : undefined}
        >
          {title === undefined ? null : <title>{title}</title>}
          {description ? <desc>{description}</desc> : null}
          {children(shown)}
        </svg>
        {shown ? (
          <PlacedTooltip at={shown} width={width}>
            {tooltip(shown.index)}
          </PlacedTooltip>
        ) : null}
      </div>
      {below}
    </div>
  );
}

/** The tooltip right of and below the point, or left of it when it would overflow the chart. */
function PlacedTooltip({ at, width, children }: { at: Point; width: number; children: ReactNode }) {
  const tip = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = tip.current;
    if (!element) return;
    const tipWidth = element.offsetWidth;
    const x = at.x + 10 + tipWidth > width ? Math.max(0, at.x - 10 - tipWidth) : at.x + 10;
    element.style.left = `${x}px`;
  }, [at, width]);
  return (
    <div ref={tip} className="chart-tip" style={{ left: at.x + 10, top: at.y + 10 }}>
      {children}
    </div>
  );
}

/**
 * The labels that fit side by side along an axis: the last one always (the axis' end), then each
 * one before it that leaves `minGap` pixels to the one kept after it.
 */
export function spacedLabels<T>(
  items: readonly T[],
  positionOf: (item: T) => number,
  textOf: (item: T) => string,
  minGap: number,
): T[] {
  const kept: T[] = [];
  let nextEdge = Number.POSITIVE_INFINITY;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    const half = textWidth(textOf(item), TICK_FONT) / 2;
    if (positionOf(item) + half + minGap <= nextEdge || kept.length === 0) {
      kept.unshift(item);
      nextEdge = positionOf(item) - half;
    }
  }
  return kept;
}

/** The band of each of `count` categories across [start, end]: where one starts, and its width. */
export function bands(count: number, start: number, end: number) {
  const band = count > 0 ? (end - start) / count : 0;
  return {
    band,
    startOf: (index: number) => start + index * band,
    centreOf: (index: number) => start + (index + 0.5) * band,
    /** The band under a coordinate, if it is in one. */
    indexAt: (at: number) => {
      if (band <= 0 || at < start || at >= end) return undefined;
      return Math.floor((at - start) / band);
    },
  };
}

/**
 * Points for `count` categories spread from `start` to `end`, the first and last on the ends (a
 * line's years); the item under a coordinate is the nearest point.
 */
export function points(count: number, start: number, end: number) {
  const step = count > 1 ? (end - start) / (count - 1) : 0;
  const centreOf = (index: number) => (count > 1 ? start + index * step : (start + end) / 2);
  return {
    centreOf,
    indexAt: (at: number) => {
      if (count === 0 || at < start - step / 2 || at > end + step / 2) return undefined;
      return count > 1 ? Math.min(count - 1, Math.max(0, Math.round((at - start) / step))) : 0;
    },
  };
}

/** Value tick labels down the left of a plot, right-aligned against it, with grid lines or not. */
export function ValueAxis({
  ticks,
  yOf,
  left,
  right,
  label,
  grid = false,
}: {
  ticks: readonly number[];
  yOf: (value: number) => number;
  left: number;
  right: number;
  label: (value: number) => string;
  grid?: boolean;
}) {
  return (
    <g>
      {/* By position: a new scale moves and relabels the ticks rather than making new ones. */}
      {ticks.map((tick, i) => (
        <g key={i}>
          {grid ? (
            <line x1={left} y1={yOf(tick)} x2={right} y2={yOf(tick)} stroke={GRID_COLOUR} />
          ) : null}
          <text
            className="axis-tick"
            x={left - TICK_GAP}
            y={yOf(tick)}
            dy="0.355em"
            textAnchor="end"
            fill={AXIS_COLOUR}
          >
            {label(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * The year axis under a chart of amounts by year (`plot`, from `useAmountPlot`): the axis line and
 * the years' labels that fit, at least `minGap` pixels apart. A label at an end is moved in as far
 * as it must to stay inside the picture.
 */
export function YearAxis({
  years,
  xOf,
  plot,
  minGap,
}: {
  /** The chart's rows, one a year, in the order they are drawn. */
  years: readonly { year: number }[];
  xOf: (index: number) => number;
  plot: Pick<AmountPlot, 'left' | 'right' | 'bottom' | 'width'>;
  minGap: number;
}) {
  const { left, right, bottom, width } = plot;
  const labels = years.map((row) => String(row.year));
  const placed = labels.map((label, i) => {
    const half = textWidth(label, TICK_FONT) / 2;
    return Math.min(width - half, Math.max(half, xOf(i)));
  });
  const indices = labels.map((_, i) => i);
  const shown = spacedLabels(
    indices,
    (i) => placed[i]!,
    (i) => labels[i]!,
    minGap,
  );
  return (
    <g>
      <line x1={left} y1={bottom} x2={right} y2={bottom} stroke={AXIS_COLOUR} />
      {shown.map((i) => (
        <text
          key={i}
          className="axis-tick"
          x={placed[i]}
          y={bottom + TICK_GAP}
          dy="0.71em"
          textAnchor="middle"
          fill={AXIS_COLOUR}
        >
          {labels[i]}
        </text>
      ))}
    </g>
  );
}

/** The room a value axis' tick labels take left of the plot, their gap included. */
export function valueAxisRoom(ticks: readonly number[], label: (value: number) => string): number {
  let widest = 0;
  for (const tick of ticks) widest = Math.max(widest, textWidth(label(tick), TICK_FONT));
  return Math.ceil(widest) + TICK_GAP + 4;
}

/** The year charts' height, the room around their plot and the year axis' height under it. */
const PLOT_HEIGHT = 280;
const PLOT_MARGIN = { top: 8, right: 8, bottom: 4, left: 8 };
const YEAR_AXIS_HEIGHT = 30;

/** A plot's size when it is not the year charts': its height, and a fixed width (print). */
export interface PlotSize {
  height?: number;
  /** Drawn at this width, not its container's (e.g. the printed page's). */
  width?: number | undefined;
  /** Room right of the plot. */
  right?: number;
}

/** A chart of amounts by year: its size, its plot's edges and value ticks, and an amount's height. */
export interface AmountPlot {
  container: RefObject<HTMLDivElement | null>;
  width: number;
  height: number;
  ticks: readonly number[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  yOf: (value: number) => number;
}

/**
 * The plot of a chart of amounts by year, as wide as its `container`: its value ticks from 0 to
 * at least `max`, the room their labels take on the left, its edges, and the height of an amount.
 */
export function useAmountPlot(
  max: number,
  tickCount: number,
  lang: Language,
  size?: PlotSize,
): AmountPlot {
  const container = useRef<HTMLDivElement>(null);
  const elementWidth = useElementWidth(container, 960);
  const width = size?.width ?? elementWidth;
  const height = size?.height ?? PLOT_HEIGHT;
  const ticks = useMemo(() => valueTicks(max, tickCount), [max, tickCount]);
  const axisRoom = useMemo(
    () => valueAxisRoom(ticks, (v) => formatUsdCompact(v, lang)),
    [ticks, lang],
  );
  const left = PLOT_MARGIN.left + axisRoom;
  const right = Math.max(left + 1, width - (size?.right ?? PLOT_MARGIN.right));
  const top = PLOT_MARGIN.top;
  const bottom = Math.max(top + 1, height - PLOT_MARGIN.bottom - YEAR_AXIS_HEIGHT);
  const domainMax = ticks[ticks.length - 1] || 1;
  const yOf = (value: number) => bottom - (Math.max(0, value) / domainMax) * (bottom - top);
  return { container, width, height, ticks, left, right, top, bottom, yOf };
}
