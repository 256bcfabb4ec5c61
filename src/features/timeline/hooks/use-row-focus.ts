import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { TimelineRow } from '@/domain/engine/timeline';
import type { ListModel } from '../lib/list-model';
import { NAVIGATION_KEYS, navigateRow, type NavigationKey } from '../lib/navigate';
import type { FixedRows } from '@/hooks/use-fixed-rows';

interface RowFocusOptions {
  model: ListModel;
  listRef: RefObject<HTMLElement | null>;
  /** Scrolls the list so that a row is drawn (stable across renders). */
  scrollToIndex: FixedRows['scrollToIndex'];
  pageSize: number;
  onToggleGroup: (groupIndex: number) => void;
  /** Called when a project row takes focus (to bring its bar into view). */
  onFocusProject: (row: Extract<TimelineRow, { kind: 'project' }>) => void;
}

function revealInWindow(element: HTMLElement): void {
  const { top, bottom } = element.getBoundingClientRect();
  const margin = 8;
  if (bottom > window.innerHeight) window.scrollBy(0, bottom - window.innerHeight + margin);
  else if (top < 0) window.scrollBy(0, top - margin);
}

const rowIndexOf = (target: EventTarget): number =>
  Number((target as HTMLElement).dataset.rowIndex);

/**
 * Roving focus over a virtualised list: one tab stop for the whole list, arrow, page, Home and
 * End keys move between rows (scrolling the row into the rendered window first), Left and Right
 * collapse and expand groups, Left on a project goes up to its group.
 */
export function useRowFocus({
  model,
  listRef,
  scrollToIndex,
  pageSize,
  onToggleGroup,
  onFocusProject,
}: RowFocusOptions) {
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  // Escape hides the tooltip until focus or the pointer moves on (WCAG 1.4.13).
  const [tooltipDismissed, setTooltipDismissed] = useState(false);
  const pending = useRef<number | null>(null);
  const activeIndex = Math.min(active, Math.max(0, model.count - 1));

  // A row scrolled in by the keyboard exists only after the virtualiser renders it.
  useEffect(() => {
    if (pending.current === null) return;
    const element = listRef.current?.querySelector<HTMLElement>(
      `[data-row-index="${pending.current}"]`,
    );
    if (element) {
      pending.current = null;
      // The virtualiser has scrolled the row into the list; the page may still need to scroll to it.
      element.focus({ preventScroll: true });
      revealInWindow(element);
    }
  });

  // Stable while the rows stay the same, so that memoised rows do not re-render on scroll.
  const rowHandlers = useMemo(() => {
    const moveTo = (index: number) => {
      setActive(index);
      pending.current = index;
      scrollToIndex(index);
    };

    const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
      const index = rowIndexOf(event.currentTarget);
      if (!(index < model.count)) return;
      if (NAVIGATION_KEYS.has(event.key)) {
        event.preventDefault();
        moveTo(navigateRow(event.key as NavigationKey, index, model.count, pageSize));
        return;
      }
      if (event.key === 'Escape') {
        setTooltipDismissed(true);
        return;
      }
      const row = model.rowAt(index);
      if (!row) return;
      const expanded = model.expanded(row.group);
      if (
        row.kind === 'group' &&
        ((event.key === 'ArrowRight' && !expanded) || (event.key === 'ArrowLeft' && expanded))
      ) {
        event.preventDefault();
        onToggleGroup(row.group);
      } else if (
        row.kind === 'project' &&
        event.key === 'ArrowLeft' &&
        model.headerIndex(row.group) >= 0
      ) {
        event.preventDefault();
        moveTo(model.headerIndex(row.group));
      }
    };

    const onFocus = (event: FocusEvent<HTMLElement>) => {
      const index = rowIndexOf(event.currentTarget);
      if (!(index < model.count)) return;
      setActive(index);
      setFocused(index);
      setTooltipDismissed(false);
      const row = model.rowAt(index);
      if (row?.kind === 'project') onFocusProject(row);
    };

    const onBlur = (event: FocusEvent<HTMLElement>) => {
      if (!listRef.current?.contains(event.relatedTarget as Node | null)) setFocused(null);
    };
    return { onKeyDown, onFocus, onBlur };
  }, [model, listRef, scrollToIndex, pageSize, onToggleGroup, onFocusProject]);

  return { activeIndex, focused, tooltipDismissed, setTooltipDismissed, rowHandlers };
}
