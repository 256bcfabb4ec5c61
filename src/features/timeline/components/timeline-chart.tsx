import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Language } from '@/domain/codes/languages';
import type { ProjectSummary } from '@/domain/project';
import { useElementWidth } from '@/hooks/use-element-width';
import { PHONE_QUERY, useMediaQuery } from '@/hooks/use-media-query';
import { useRowFocus } from '../hooks/use-row-focus';
import type { GroupBy, TimelineGroup } from '../lib/groups';
import { buildRowModel } from '../lib/row-model';
import { useHorizontalView } from '../hooks/use-horizontal-view';
import type { SpanTable } from '../lib/spans';
import {
  barBox,
  createTimeScale,
  leftEdgeYear,
  monthTicks,
  pxPerDayFor,
  ticksBetween,
  yearTicks,
  type TimeDomain,
  type ZoomLevel,
} from '../lib/time-scale';
import { BarTooltip } from './bar-tooltip';
import { AXIS_HEIGHT, labelColumnWidth, RIGHT_PAD, ROW_HEIGHT, zoomFitWidth } from './layout';
import { TimelineAxis, TimelineGrid } from './timeline-axis';
import { TimelineList } from './timeline-list';
import { tooltipPlacement } from './tooltip-placement';

interface TimelineChartProps {
  projects: readonly ProjectSummary[];
  spans: SpanTable;
  groups: readonly TimelineGroup[];
  groupBy: GroupBy;
  domain: TimeDomain;
  zoom: ZoomLevel;
  collapsed: ReadonlySet<string>;
  onToggleGroup: (key: string) => void;
  listLabel: string;
  noCountryLabel: string;
  asOf: string;
  lang: Language;
  busy: boolean;
}

/**
 * The Gantt itself: a scroll box with a sticky axis and a sticky title column, rows virtualised
 * (only those on screen, and a few more, are in the DOM) and ticks windowed to the visible years.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { projects, spans, groups, groupBy, domain, zoom, collapsed, onToggleGroup } = props;
  const { listLabel, noCountryLabel, asOf, lang, busy } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const viewWidth = useElementWidth(scrollRef, 960);
  const labelWidth = labelColumnWidth(viewWidth);
  const trackView = Math.max(120, viewWidth - labelWidth - RIGHT_PAD);
  const phone = useMediaQuery(PHONE_QUERY);
  const fitWidth = zoomFitWidth(trackView, domain.endDay - domain.startDay, phone);
  const scale = useMemo(
    () => createTimeScale(domain, pxPerDayFor(zoom, domain, fitWidth)),
    [domain, zoom, fitWidth],
  );
  const canvasWidth = labelWidth + scale.width + RIGHT_PAD;
  const model = useMemo(
    () => buildRowModel(groups, groupBy !== 'none', collapsed),
    [groups, groupBy, collapsed],
  );

  const getItemKey = useCallback(
    (index: number) => {
      const row = model.rowAt(index);
      const group = groups[row.groupIndex]!.key;
      return row.kind === 'group' ? `g:${group}` : `p:${group}:${row.project}`;
    },
    [model, groups],
  );
  // The app does not run the React Compiler; the virtualiser re-renders this component on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: model.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey,
    overscan: 10,
    scrollMargin: AXIS_HEIGHT,
    scrollPaddingStart: AXIS_HEIGHT,
    initialRect: { width: 960, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const listHeight = virtualizer.getTotalSize();
  const viewHeight = virtualizer.scrollRect?.height ?? 600;

  const { scrollLeft, onScroll, revealBar } = useHorizontalView({
    scrollRef,
    virtualizer,
    model,
    spans,
    scale,
    labelWidth,
  });
  const toggleGroupAt = useCallback(
    (groupIndex: number) => onToggleGroup(groups[groupIndex]!.key),
    [onToggleGroup, groups],
  );
  const { activeIndex, focused, tooltipDismissed, setTooltipDismissed, rowHandlers } = useRowFocus({
    model,
    listRef,
    virtualizer,
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

  const margin = trackView;
  const years = useMemo(() => yearTicks(scale), [scale]);
  const months = useMemo(() => monthTicks(scale), [scale]);
  const visibleYears = ticksBetween(years, scrollLeft - margin, scrollLeft + viewWidth + margin);
  const visibleMonths = ticksBetween(months, scrollLeft - margin, scrollLeft + viewWidth + margin);
  const dataDateX = scale.x(spans.asOfDay + 1);

  const tipIndex = tooltipDismissed ? null : (hovered ?? focused);
  const tipItem = tipIndex === null ? undefined : items.find((item) => item.index === tipIndex);
  const tipRow = tipItem && tipItem.index < model.count ? model.rowAt(tipItem.index) : undefined;
  const tipProject = tipRow?.kind === 'project' ? tipRow.project : undefined;

  return (
    <div
      ref={scrollRef}
      className="tl-scroller"
      style={{ height: AXIS_HEIGHT + listHeight + 18 }}
      onScroll={onScroll}
    >
      <div className="tl-canvas" style={{ width: canvasWidth, height: AXIS_HEIGHT + listHeight }}>
        <TimelineAxis
          scale={scale}
          years={visibleYears}
          months={visibleMonths}
          edgeYear={leftEdgeYear(scale, visibleYears, scrollLeft)}
          scrollLeft={scrollLeft}
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
            groups={groups}
            groupBy={groupBy}
            projects={projects}
            spans={spans}
            scale={scale}
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
          {tipItem && tipProject !== undefined ? (
            <BarTooltip
              id={tooltipId}
              project={projects[tipProject]!}
              asOf={asOf}
              lang={lang}
              style={tooltipPlacement({
                rowTop: tipItem.start - AXIS_HEIGHT,
                box: barBox(spans.start[tipProject]!, spans.end[tipProject]!, scale),
                labelWidth,
                scrollLeft,
                scrollTop: virtualizer.scrollOffset ?? 0,
                viewWidth,
                viewHeight,
              })}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
