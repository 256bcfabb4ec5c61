import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '@/domain/codes/languages';
import type { TimelineWindow } from '@/domain/engine/timeline';
import type { GroupBy } from '@/domain/engine/timeline-groups';
import { useElementWidth } from '@/hooks/use-element-width';
import { PHONE_QUERY, useMediaQuery } from '@/hooks/use-media-query';
import { useFixedRows } from '@/hooks/use-fixed-rows';
import { useRowFocus } from '../hooks/use-row-focus';
import { useTimeWindow } from '../hooks/use-time-window';
import { windowOffset } from '../hooks/use-timeline-window';
import { listModel } from '../lib/list-model';
import {
  barBox,
  createTimeScale,
  leftEdgeYear,
  monthTicks,
  pxPerDayFor,
  ticksBetween,
  yearDomain,
  yearTicks,
  type ZoomLevel,
} from '../lib/time-scale';
import { windowDays, type TrackView } from '../lib/time-window';
import { BarTooltip } from './bar-tooltip';
import { AXIS_HEIGHT, labelColumnWidth, PHONE_MIN_YEAR_PX, rightPad, ROW_HEIGHT } from './layout';
import { TimelineAxis, TimelineGrid } from './timeline-axis';
import { TimelineList } from './timeline-list';
import { TimelineNav } from './timeline-nav';
import { tooltipPlacement } from './tooltip-placement';

interface TimelineChartProps {
  /** The engine's window of rows, with the list's totals, groups and time extent. */
  rows: TimelineWindow;
  /** Asks for the rows from `offset` (when the rows on screen leave the fetched window). */
  onOffset: (offset: number) => void;
  groupBy: GroupBy;
  zoom: ZoomLevel;
  onToggleGroup: (key: string) => void;
  listLabel: string;
  noCountryLabel: string;
  asOf: string;
  /** The window start in the URL (`at`) and its setter. */
  at: string | undefined;
  onAt: (at: string) => void;
  lang: Language;
  busy: boolean;
}

/**
 * A row's key: its position in the list. A new filter, sort or window of rows rewrites the text
 * and bars of the rows drawn in place, instead of removing them and laying out new ones, and a
 * row holding focus stays in the DOM.
 */
const positionKey = (index: number) => String(index);

/** The gap kept under the scroll box so that its horizontal scrollbar stays in the viewport. */
const BOTTOM_GAP = 12;
/** The scroll box is never shorter than this (about eight rows), even on a short screen. */
const MIN_HEIGHT = 16 * 16;

/**
 * The height the scroll box may take: from its top to the bottom of the viewport, so that its
 * horizontal scrollbar is on screen without scrolling the page (or after scrolling it, on a
 * screen too short for that), and never taller than the viewport.
 */
function useViewportHeight(ref: React.RefObject<HTMLDivElement | null>): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof window === 'undefined') return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const viewport = window.innerHeight;
      if (!viewport) return;
      const fit = viewport - top - BOTTOM_GAP;
      // Low on the page (a phone): a box of most of a screen, whole once the page is scrolled to it.
      const height = fit >= MIN_HEIGHT ? fit : Math.round(viewport * 0.75);
      setHeight(Math.min(viewport - BOTTOM_GAP, height));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref]);
  return height;
}

/**
 * The Gantt itself: Earlier / Today / Later above a scroll box with a sticky axis and a sticky
 * title column, rows virtualised (only those on screen, and a few more, are in the DOM and asked
 * of the engine) and ticks windowed to the visible years.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { rows, onOffset, groupBy, zoom, onToggleGroup } = props;
  const { listLabel, noCountryLabel, asOf, at, onAt, lang, busy } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const viewWidth = useElementWidth(scrollRef, 960);
  const phone = useMediaQuery(PHONE_QUERY);
  const labelWidth = labelColumnWidth(viewWidth, phone);
  const pad = rightPad(phone);
  // The track in view: all years fit it without the end padding, N years fit all of it.
  const visible = Math.max(120, viewWidth - labelWidth);
  const domain = useMemo(
    () => yearDomain(rows.extent.first, rows.extent.last),
    [rows.extent.first, rows.extent.last],
  );
  const scale = useMemo(() => {
    const fit = zoom === 'all' ? Math.max(120, visible - pad) : visible;
    return createTimeScale(domain, pxPerDayFor(zoom, domain, fit, phone ? PHONE_MIN_YEAR_PX : 0));
  }, [domain, zoom, visible, pad, phone]);
  const canvasWidth = labelWidth + scale.width + pad;
  const view = useMemo<TrackView>(
    () => ({ visible, max: Math.max(0, canvasWidth - labelWidth - visible) }),
    [visible, canvasWidth, labelWidth],
  );
  const model = useMemo(() => listModel(rows), [rows]);
  const maxHeight = useViewportHeight(scrollRef);

  // Rows of one height, found from the scroll position: the cost of a render depends on the rows
  // drawn, not on the length of the list (a million rows after a filter change cost nothing more).
  const virtualizer = useFixedRows({
    count: model.count,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    margin: AXIS_HEIGHT,
    // A few rows beyond each edge: every row drawn is laid out and painted again on a filter change.
    overscan: 4,
    getKey: positionKey,
    initialHeight: 600,
  });
  const items = virtualizer.items;
  const listHeight = virtualizer.totalSize;
  const viewHeight = virtualizer.height;

  // Rows on screen outside the fetched window: ask the engine for the window around them.
  const firstItem = items[0]?.index ?? 0;
  const lastItem = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    const next = windowOffset(firstItem, lastItem, rows.offset);
    if (next !== rows.offset) onOffset(next);
  }, [firstItem, lastItem, rows.offset, onOffset]);

  const time = useTimeWindow({
    scrollRef,
    virtualizer,
    model,
    scale,
    view,
    at,
    setAt: onAt,
    zoomed: view.max > 0.5,
    dataDay: rows.asOfDay,
  });
  const { scrollLeft, onScroll, revealBar } = time;
  const toggleGroupAt = useCallback(
    (group: number) => onToggleGroup(rows.groups[group]!.key),
    [onToggleGroup, rows.groups],
  );
  const { activeIndex, focused, tooltipDismissed, setTooltipDismissed, rowHandlers } = useRowFocus({
    model,
    listRef,
    scrollToIndex: virtualizer.scrollToIndex,
    pageSize: Math.max(1, Math.floor((viewHeight - AXIS_HEIGHT) / ROW_HEIGHT) - 1),
    onToggleGroup: toggleGroupAt,
    onFocusProject: revealBar,
  });
  const [hovered, setHoveredRow] = useState<number | null>(null);
  const setHovered = useCallback(
    (index: number | null) => {
      setHoveredRow(index);
      if (index !== null) setTooltipDismissed(false);
    },
    [setTooltipDismissed],
  );
  const tabbable = items.some((item) => item.index === activeIndex)
    ? activeIndex
    : (virtualizer.range?.startIndex ?? 0);

  const margin = visible;
  const years = useMemo(() => yearTicks(scale), [scale]);
  const months = useMemo(() => monthTicks(scale), [scale]);
  const visibleYears = ticksBetween(years, scrollLeft - margin, scrollLeft + viewWidth + margin);
  const visibleMonths = ticksBetween(months, scrollLeft - margin, scrollLeft + viewWidth + margin);
  const dataDateX = scale.x(rows.asOfDay + 1);
  const inView = windowDays(scrollLeft, scale, view);
  // The end padding is not a date: what is shown ends with the axis.
  const shown = useMemo(
    () => ({ first: inView.first, last: Math.min(inView.last, scale.endDay) }),
    [inView.first, inView.last, scale.endDay],
  );

  const tipIndex = tooltipDismissed ? null : (hovered ?? focused);
  const tipItem = tipIndex === null ? undefined : items.find((item) => item.index === tipIndex);
  const tipRow = tipItem ? model.rowAt(tipItem.index) : undefined;
  const tipProject = tipRow?.kind === 'project' ? tipRow : undefined;
  const tipSummary = tipProject ? rows.projects.get(tipProject.project) : undefined;

  return (
    <>
      <TimelineNav
        shown={shown}
        can={time.can}
        onEarlier={time.earlier}
        onLater={time.later}
        onToday={time.today}
        lang={lang}
      />
      <div
        ref={scrollRef}
        className="tl-scroller"
        style={{
          height: AXIS_HEIGHT + listHeight + 18,
          ...(maxHeight === undefined ? {} : { maxHeight }),
        }}
        onScroll={onScroll}
        data-testid="timeline-scroller"
      >
        <div className="tl-canvas" style={{ width: canvasWidth, height: AXIS_HEIGHT + listHeight }}>
          <TimelineAxis
            scale={scale}
            years={visibleYears}
            months={visibleMonths}
            edgeYear={leftEdgeYear(scale, visibleYears, scrollLeft)}
            scrollLeft={scrollLeft}
            visible={visible}
            labelWidth={labelWidth}
            width={canvasWidth}
            dataDateX={dataDateX}
            lang={lang}
          />
          <div className="tl-body" style={{ height: listHeight }}>
            <TimelineGrid
              years={visibleYears}
              months={visibleMonths}
              labelWidth={labelWidth}
              height={listHeight}
              dataDateX={dataDateX}
            />
            <TimelineList
              listRef={listRef}
              label={listLabel}
              busy={busy}
              height={listHeight}
              items={items}
              model={model}
              groups={rows.groups}
              groupBy={groupBy}
              projects={rows.projects}
              scale={scale}
              shown={shown}
              width={canvasWidth}
              labelWidth={labelWidth}
              tabbable={tabbable}
              handlers={rowHandlers}
              noCountryLabel={noCountryLabel}
              onToggleGroup={onToggleGroup}
              describedIndex={tipIndex}
              tooltipId={tooltipId}
              onHover={setHovered}
              lang={lang}
            />
            {tipItem && tipProject && tipSummary ? (
              <BarTooltip
                id={tooltipId}
                project={tipSummary}
                asOf={asOf}
                lang={lang}
                style={tooltipPlacement({
                  rowTop: tipItem.start - AXIS_HEIGHT,
                  box: barBox(tipProject.startDay, tipProject.endDay, scale),
                  labelWidth,
                  scrollLeft,
                  scrollTop: virtualizer.scrollTop,
                  viewWidth,
                  viewHeight,
                })}
              />
            ) : null}
          </div>
        </div>
      </div>
    </>
  );
}
