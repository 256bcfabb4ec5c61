import { memo, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Language } from '@/domain/codes/languages';
import type { TimelineProject } from '@/domain/engine/timeline';
import { formatNumber, formatUsdCompact } from '@/lib/format';
import { STATUS_COLOURS } from '@/lib/palette';
import { barLabel } from './bar-text';

/** Keyboard and focus handlers of the list's roving focus, put on each row's one focusable element. */
export interface RowHandlers {
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/*
 * Rows are memoised and take only stable props (numbers, strings, callbacks that change with the
 * layout, not with scrolling), so scrolling renders the rows that come into view and no others.
 */
interface RowFrame {
  index: number;
  /** Top of the row within the list. */
  top: number;
  /** Rows in the list, for aria-setsize (most are not in the DOM). */
  setSize: number;
  width: number;
  tabbable: boolean;
  handlers: RowHandlers;
  lang: Language;
  t: TFunction;
}

const rowProps = ({ top, index, setSize, width }: RowFrame) => ({
  role: 'listitem',
  style: { transform: `translateY(${top}px)`, width } satisfies CSSProperties,
  'aria-setsize': setSize,
  'aria-posinset': index + 1,
});

interface GroupRowProps extends RowFrame {
  groupKey: string;
  label: string;
  count: number;
  budget: number;
  expanded: boolean;
  onToggle: (groupKey: string) => void;
}

/** A group's header: a button that collapses or expands it, with its name, count and budget. */
export const GroupRow = memo(function GroupRow(props: GroupRowProps) {
  const { index, tabbable, handlers, groupKey, label, count, budget, expanded, lang, t, onToggle } =
    props;
  return (
    <div className="tl-row tl-group-row" {...rowProps(props)}>
      <button
        {...handlers}
        type="button"
        className="tl-group-button"
        aria-expanded={expanded}
        tabIndex={tabbable ? 0 : -1}
        data-row-index={index}
        onClick={() => onToggle(groupKey)}
      >
        <span className="tl-chevron" aria-hidden="true" />
        <span className="tl-group-name">{label}</span>
        {' · '}
        <span className="tl-group-stats">{`${t('groupCount', { count, n: formatNumber(count, lang) })} · ${formatUsdCompact(budget, lang)}`}</span>
      </button>
    </div>
  );
});

/** A row the engine has not sent yet: its place in the list, blank, announced as loading. */
export const PendingRow = memo(function PendingRow(props: RowFrame) {
  return (
    <div className="tl-row tl-row-pending" {...rowProps(props)}>
      <span className="tl-pending">{props.t('pendingRow')}</span>
    </div>
  );
});

interface ProjectRowProps extends RowFrame {
  project: TimelineProject;
  /** The current query string, kept when opening the project. */
  search: string;
  barLeft: number;
  barWidth: number;
  open: boolean;
  /** Where the bar is when it is outside the time window (the row is dimmed and points there). */
  outside: 'before' | 'after' | undefined;
  labelWidth: number;
  describedBy: string | undefined;
  onHover: (index: number | null) => void;
}

/**
 * A project's row: one link (the row's only tab stop) holding the title and the bar, named with
 * the title and the span in words. The visible title is hidden from assistive technology because
 * the link's name already says it.
 */
export const ProjectRow = memo(function ProjectRow(props: ProjectRowProps) {
  const {
    index,
    tabbable,
    handlers,
    project,
    search,
    barLeft,
    barWidth,
    open,
    outside,
    labelWidth,
    lang,
    t,
    describedBy,
    onHover,
  } = props;
  const barStyle = {
    left: labelWidth + barLeft,
    width: barWidth,
    '--bar-colour': STATUS_COLOURS[project.status],
  } as CSSProperties;
  return (
    <div className={outside ? 'tl-row tl-row-outside' : 'tl-row'} {...rowProps(props)}>
      <Link
        {...handlers}
        to={{ pathname: `/projects/${encodeURIComponent(project.id)}`, search }}
        className="tl-row-link"
        aria-label={barLabel(project, lang, t)}
        aria-describedby={describedBy}
        tabIndex={tabbable ? 0 : -1}
        data-row-index={index}
        onMouseEnter={() => onHover(index)}
        onMouseLeave={() => onHover(null)}
      >
        <span className="tl-label" style={{ width: labelWidth }} aria-hidden="true">
          <span className="tl-label-title">{project.title}</span>
          <span className="tl-label-id">{project.id}</span>
          {outside ? (
            <span className={`tl-label-edge tl-label-edge-${outside}`}>
              {outside === 'before' ? '◂' : '▸'}
            </span>
          ) : null}
        </span>
        <span
          className={`tl-bar tl-bar-${project.status}${open ? ' tl-bar-open' : ''}`}
          style={barStyle}
          data-testid="timeline-bar"
          aria-hidden="true"
        />
        {open ? (
          <span
            className="tl-open-label"
            style={{ left: labelWidth + barLeft + barWidth + 4 }}
            aria-hidden="true"
          >
            {t('bar.open')}
          </span>
        ) : null}
      </Link>
    </div>
  );
});
