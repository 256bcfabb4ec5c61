import type { CSSProperties, FocusEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import type { Language } from '@/domain/codes/languages';
import type { ProjectSummary } from '@/domain/project';
import { formatNumber, formatUsdCompact } from '@/lib/format';
import { STATUS_COLOURS } from '@/lib/palette';
import { barLabel } from './bar-text';

/** Keyboard and focus handlers of the list's roving focus, put on each row's one focusable element. */
export interface RowHandlers {
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

interface RowFrame {
  index: number;
  /** Top of the row within the list. */
  top: number;
  /** Rows in the list, for aria-setsize (most are not in the DOM). */
  setSize: number;
  tabbable: boolean;
  handlers: RowHandlers;
}

const rowProps = (top: number, index: number, setSize: number, width: number) => ({
  role: 'listitem',
  style: { transform: `translateY(${top}px)`, width } satisfies CSSProperties,
  'aria-setsize': setSize,
  'aria-posinset': index + 1,
});

interface GroupRowProps extends RowFrame {
  label: string;
  count: number;
  budget: number;
  expanded: boolean;
  width: number;
  lang: Language;
  onToggle: () => void;
}

/** A group's header: a button that collapses or expands it, with its name, count and budget. */
export function GroupRow(props: GroupRowProps) {
  const { index, top, setSize, tabbable, handlers, label, count, budget, expanded, width, lang, onToggle } = props;
  const { t } = useTranslation('timeline');
  return (
    <div className="tl-row tl-group-row" {...rowProps(top, index, setSize, width)}>
      <button
        {...handlers}
        type="button"
        className="tl-group-button"
        aria-expanded={expanded}
        tabIndex={tabbable ? 0 : -1}
        data-row-index={index}
        onClick={onToggle}
      >
        <span className="tl-chevron" aria-hidden="true" />
        <span className="tl-group-name">{label}</span>
        {' · '}
        <span className="tl-group-stats">{`${t('groupCount', { count, n: formatNumber(count, lang) })} · ${formatUsdCompact(budget, lang)}`}</span>
      </button>
    </div>
  );
}

interface ProjectRowProps extends RowFrame {
  project: ProjectSummary;
  to: To;
  box: { left: number; width: number };
  open: boolean;
  labelWidth: number;
  width: number;
  lang: Language;
  describedBy: string | undefined;
  onHover: (index: number | null) => void;
}

/**
 * A project's row: one link (the row's only tab stop) holding the title and the bar, named with
 * the title and the span in words. The visible title is hidden from assistive technology because
 * the link's name already says it.
 */
export function ProjectRow(props: ProjectRowProps) {
  const { index, top, setSize, tabbable, handlers, project, to, box, open, labelWidth, width, lang, describedBy, onHover } = props;
  const { t } = useTranslation('timeline');
  const barStyle = {
    left: labelWidth + box.left,
    width: box.width,
    '--bar-colour': STATUS_COLOURS[project.status],
  } as CSSProperties;
  return (
    <div className="tl-row" {...rowProps(top, index, setSize, width)}>
      <Link
        {...handlers}
        to={to}
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
        </span>
        <span
          className={`tl-bar tl-bar-${project.status}${open ? ' tl-bar-open' : ''}`}
          style={barStyle}
          data-testid="timeline-bar"
          aria-hidden="true"
        />
        {open ? (
          <span className="tl-open-label" style={{ left: labelWidth + box.left + box.width + 4 }} aria-hidden="true">
            {t('bar.open')}
          </span>
        ) : null}
      </Link>
    </div>
  );
}
