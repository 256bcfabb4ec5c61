import type { RefObject } from 'react';
import { useLocation } from 'react-router';
import type { Language } from '@/domain/codes/languages';
import type { TimelineGroupSummary, TimelineProject } from '@/domain/engine/timeline';
import { useT } from '@/hooks/i18n';
import { groupLabel, type GroupBy } from '@/domain/engine/timeline-groups';
import type { FixedRow } from '@/hooks/use-fixed-rows';
import type { ListModel } from '../lib/list-model';
import { barBox, type TimeScale } from '../lib/time-scale';
import { barSide } from '../lib/time-window';
import { AXIS_HEIGHT } from './layout';
import { GroupRow, PendingRow, ProjectRow, type RowHandlers } from './timeline-rows';

interface TimelineListProps {
  listRef: RefObject<HTMLDivElement | null>;
  label: string;
  busy: boolean;
  height: number;
  /** The rows the virtualiser has in its window. */
  items: readonly FixedRow[];
  model: ListModel;
  groups: readonly TimelineGroupSummary[];
  groupBy: GroupBy;
  /** The projects of the window's rows, by portfolio index (from the engine). */
  projects: ReadonlyMap<number, TimelineProject>;
  scale: TimeScale;
  /** The days in the time window: rows whose bar is outside it are dimmed. */
  shown: { first: number; last: number };
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
  const { listRef, label, busy, height, items, model, groups, groupBy, projects, scale, shown } =
    props;
  const { width, labelWidth, tabbable, handlers, noCountryLabel, onToggleGroup, lang } = props;
  const { t } = useT('timeline');
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
        // Not yet fetched from the engine (scrolled far, the Worker answering): a blank row.
        if (!row) return <PendingRow key={item.key} {...frame} />;
        const group = groups[row.group]!;
        if (row.kind === 'group') {
          return (
            <GroupRow
              key={item.key}
              {...frame}
              groupKey={group.key}
              label={group.key === '' ? noCountryLabel : groupLabel(groupBy, group.key, lang)}
              count={group.count}
              budget={group.budget}
              expanded={group.expanded}
              onToggle={onToggleGroup}
            />
          );
        }
        const project = projects.get(row.project);
        if (!project) return <PendingRow key={item.key} {...frame} />;
        const box = barBox(row.startDay, row.endDay, scale);
        return (
          <ProjectRow
            key={item.key}
            {...frame}
            project={project}
            search={search}
            barLeft={box.left}
            barWidth={box.width}
            open={row.open}
            outside={barSide(row.startDay, row.endDay, shown)}
            labelWidth={labelWidth}
            describedBy={item.index === props.describedIndex ? props.tooltipId : undefined}
            onHover={props.onHover}
          />
        );
      })}
    </div>
  );
}
