import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { rowRange, useFixedRows } from './use-fixed-rows';

/** A scroll box 300 px high (jsdom lays nothing out), scrolled to `scrollTop`. */
function scrollBox(scrollTop = 0) {
  const element = document.createElement('div');
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: 300 });
  element.scrollTop = scrollTop;
  return { current: element };
}

describe('rowRange', () => {
  it('finds the rows on screen by arithmetic, the margin above the first row included', () => {
    // Rows of 30 px below a 56 px axis, a 300 px box: rows 0 to 8 at the top.
    expect(rowRange(1_000_000, 0, 300, 30, 56)).toEqual({ startIndex: 0, endIndex: 8 });
    expect(rowRange(1_000_000, 56 + 30 * 500_000, 300, 30, 56)).toEqual({
      startIndex: 500_000,
      endIndex: 500_009,
    });
    // Past the end, and an empty list.
    expect(rowRange(10, 10_000, 300, 30, 56)).toEqual({ startIndex: 9, endIndex: 9 });
    expect(rowRange(0, 0, 300, 30, 56)).toBeUndefined();
  });
});

describe('useFixedRows', () => {
  it('draws and keys only the rows on screen and a few more, for a list of a million rows', () => {
    const getKey = vi.fn((index: number) => `r:${index}`);
    const scrollRef = scrollBox();
    const { result, rerender } = renderHook(
      ({ count }) =>
        useFixedRows({
          count,
          scrollRef,
          rowHeight: 30,
          margin: 56,
          overscan: 10,
          getKey,
          initialHeight: 600,
        }),
      { initialProps: { count: 1_000_000 } },
    );
    expect(result.current.items.map((item) => item.index)).toEqual(
      Array.from({ length: 19 }, (_, i) => i),
    );
    expect(result.current.totalSize).toBe(30_000_000);
    expect(result.current.items[2]).toEqual({ index: 2, key: 'r:2', start: 56 + 60 });
    // A new length (a filter change) costs the rows drawn, not the rows listed.
    getKey.mockClear();
    rerender({ count: 900_000 });
    expect(getKey.mock.calls.length).toBeLessThanOrEqual(19);
    expect(result.current.totalSize).toBe(27_000_000);
  });

  it('scrolls a row into view below the margin and draws it at once', () => {
    const scrollRef = scrollBox();
    const { result } = renderHook(() =>
      useFixedRows({
        count: 1_000,
        scrollRef,
        rowHeight: 30,
        margin: 56,
        overscan: 2,
        getKey: String,
        initialHeight: 600,
      }),
    );
    act(() => result.current.scrollToIndex(500));
    // The row's bottom at the box's bottom: 56 + 501 × 30 − 300.
    expect(scrollRef.current.scrollTop).toBe(14_786);
    expect(result.current.items.some((item) => item.index === 500)).toBe(true);
    act(() => result.current.scrollToIndex(100));
    // Its top just below the axis: 100 × 30.
    expect(scrollRef.current.scrollTop).toBe(3_000);
    expect(result.current.items.some((item) => item.index === 100)).toBe(true);
  });
});
