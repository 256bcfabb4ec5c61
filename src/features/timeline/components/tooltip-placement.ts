import type { CSSProperties } from 'react';
import { AXIS_HEIGHT, ROW_HEIGHT } from './layout';

interface Placement {
  /** Top of the row within the list. */
  rowTop: number;
  /** The bar within the time track. */
  box: { left: number; width: number };
  labelWidth: number;
  scrollLeft: number;
  scrollTop: number;
  viewWidth: number;
  viewHeight: number;
}

const TOOLTIP_WIDTH = 288;

/** Puts the tooltip under its row (over it in the lower half of the view), next to the bar, inside the view. */
export function tooltipPlacement({
  rowTop,
  box,
  labelWidth,
  scrollLeft,
  scrollTop,
  viewWidth,
  viewHeight,
}: Placement): CSSProperties {
  const minLeft = scrollLeft + labelWidth + 4;
  const maxLeft = Math.max(minLeft, scrollLeft + viewWidth - TOOLTIP_WIDTH - 8);
  const left = Math.min(maxLeft, Math.max(minLeft, labelWidth + box.left));
  const topInView = AXIS_HEIGHT + rowTop - scrollTop;
  const below = topInView < AXIS_HEIGHT + (viewHeight - AXIS_HEIGHT) / 2;
  return below
    ? { left, top: rowTop + ROW_HEIGHT + 2, width: TOOLTIP_WIDTH }
    : { left, top: rowTop - 2, width: TOOLTIP_WIDTH, transform: 'translateY(-100%)' };
}
