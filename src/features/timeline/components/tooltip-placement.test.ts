import { describe, expect, it } from 'vitest';
import { tooltipPlacement } from './tooltip-placement';

/* The bar tooltip stays inside the scroll box, whose overflow would cut it off. */

const at = (viewWidth: number, barLeft: number, scrollLeft = 0) =>
  tooltipPlacement({
    rowTop: 0,
    box: { left: barLeft, width: 40 },
    labelWidth: 120,
    scrollLeft,
    scrollTop: 0,
    viewWidth,
    viewHeight: 600,
  });

const edges = (style: ReturnType<typeof at>) => {
  const left = Number(style.left);
  return { left, right: left + Number(style.width) };
};

describe('the timeline bar tooltip’s placement', () => {
  it('sits next to the bar, beside the labels, in a wide view', () => {
    const style = at(1200, 300);
    expect(style).toMatchObject({ left: 420, width: 288 });
  });

  it('moves left to stay inside a wide view when the bar is near its right edge', () => {
    const { right } = edges(at(1200, 1000, 50));
    expect(right).toBe(50 + 1200 - 8);
  });

  it('stays inside a phone-wide view, over the labels if it must', () => {
    for (const barLeft of [0, 100, 2000]) {
      const { left, right } = edges(at(358, barLeft, 40));
      expect(left).toBeGreaterThanOrEqual(40 + 8);
      expect(right).toBeLessThanOrEqual(40 + 358 - 8);
      expect(right - left).toBe(288);
    }
  });

  it('is made narrower in a view narrower than itself', () => {
    const { left, right } = edges(at(250, 0));
    expect(left).toBe(8);
    expect(right).toBe(250 - 8);
  });
});
