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
/** Space kept between the tooltip and the view's edges. */
const EDGE = 8;

/**
 * Puts the tooltip under its row (over it in the lower half of the view), next to the bar, inside
 * the view: beside the sticky labels where it fits, over them in a view too narrow for that, and
 * narrower than usual in a view narrower than the tooltip.
 */
export function tooltipPlacement({
  rowTop,
  box,
  labelWidth,
  scrollLeft,
  scrollTop,
  viewWidth,
  viewHeight,
}: Placement): CSSProperties {
  const width = Math.max(0, Math.min(TOOLTIP_WIDTH, viewWidth - 2 * EDGE));
  const maxLeft = scrollLeft + viewWidth - width - EDGE;
  const minLeft = Math.min(scrollLeft + labelWidth + 4, maxLeft);
  const left = Math.min(maxLeft, Math.max(minLeft, labelWidth + box.left));
  const topInView = AXIS_HEIGHT + rowTop - scrollTop;
  const below = topInView < AXIS_HEIGHT + (viewHeight - AXIS_HEIGHT) / 2;
  return below
    ? { left, top: rowTop + ROW_HEIGHT + 2, width }
    : { left, top: rowTop - 2, width, transform: 'translateY(-100%)' };
}
