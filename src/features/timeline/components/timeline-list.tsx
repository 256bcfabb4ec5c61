import type { VirtualItem } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Language } from '@/domain/codes/languages';
import type { ProjectSummary } from '@/domain/project';
import { groupLabel, type GroupBy, type TimelineGroup } from '../lib/groups';
import type { RowModel } from '../lib/row-model';
import type { SpanTable } from '../lib/spans';
import { barBox, type TimeScale } from '../lib/time-scale';
import { AXIS_HEIGHT } from './layout';
import { GroupRow, ProjectRow, type RowHandlers } from './timeline-rows';

interface TimelineListProps {
  listRef: RefObject<HTMLDivElement | null>;
  label: string;
  busy: boolean;
  height: number;
  /** The rows the virtualiser has in its window. */
  items: readonly VirtualItem[];
  model: RowModel;
  groups: readonly TimelineGroup[];
  groupBy: GroupBy;
  projects: readonly ProjectSummary[];
  spans: SpanTable;
  scale: TimeScale;
  width: number;
  labelWidth: number;
  /** The row that holds the list's one tab stop. */
  tabbable: number;
  handlers: RowHandlers;
  noCountryLabel: string;
  onToggleGroup: (groupKey: string) => void;
  /** The row whose tooltip is shown, described by it. */
  describedIndex: number | null;
  tooltipId: string;
  onHover: (index: number | null) => void;
  lang: Language;
}

/** The list of rows in the virtualiser's window: group headers and project bars, absolutely placed. */
export function TimelineList(props: TimelineListProps) {
  const { listRef, label, busy, height, items, model, groups, groupBy, projects, spans, scale } =
    props;
  const { width, labelWidth, tabbable, handlers, noCountryLabel, onToggleGroup, lang } = props;
  const { t } = useTranslation('timeline');
  const { search } = useLocation();
  return (
    <div
      ref={listRef}
      role="list"
      aria-label={label}
      aria-busy={busy}
      className="tl-list"
      style={{ height }}
    >
      {items.map((item) => {
        const row = model.rowAt(item.index);
        const group = groups[row.groupIndex]!;
        const frame = {
          index: item.index,
          top: item.start - AXIS_HEIGHT,
          setSize: model.count,
          width,
          tabbable: item.index === tabbable,
          handlers,
          lang,
          t,
        };
        if (row.kind === 'group') {
          return (
            <GroupRow
              key={item.key}
              {...frame}
              groupKey={group.key}
              label={group.key === '' ? noCountryLabel : groupLabel(groupBy, group.key, lang)}
              count={group.members.length}
              budget={group.budget}
              expanded={row.expanded}
              onToggle={onToggleGroup}
            />
          );
        }
        const box = barBox(spans.start[row.project]!, spans.end[row.project]!, scale);
        return (
          <ProjectRow
            key={item.key}
            {...frame}
            project={projects[row.project]!}
            search={search}
            barLeft={box.left}
            barWidth={box.width}
            open={spans.open[row.project] === 1}
            labelWidth={labelWidth}
            describedBy={item.index === props.describedIndex ? props.tooltipId : undefined}
            onHover={props.onHover}
          />
        );
      })}
    </div>
  );
}
