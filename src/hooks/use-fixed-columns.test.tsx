import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { columnWindow, useFixedColumns } from './use-fixed-columns';

/** Ten columns of 100 px after a pinned one of 300 px: 1,300 px in all. */
const WIDTHS = [300, ...Array.from({ length: 10 }, () => 100)];

/** A scroll box `width` px wide (jsdom lays nothing out, so its width is an input of the test). */
function scrollBox(width: number) {
  const element = document.createElement('div');
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: width });
  return { current: element };
}

describe('columnWindow', () => {
  it('finds the columns between the pinned ones and the right edge, and the overscan', () => {
    // A 600 px box at the left: 300–600 px shows columns 1–3 (300–400, 400–500, 500–600).
    expect(columnWindow(WIDTHS, 1, 0, 600, 0)).toEqual({ start: 1, end: 4 });
    expect(columnWindow(WIDTHS, 1, 0, 600, 1)).toEqual({ start: 1, end: 5 });
    // Scrolled 450 px: 750–1050 px, right of the pinned column, shows columns 5–8 (700–1100 px,
    // the 5th and the 8th in part).
    expect(columnWindow(WIDTHS, 1, 450, 600, 0)).toEqual({ start: 5, end: 9 });
    expect(columnWindow(WIDTHS, 1, 450, 600, 2)).toEqual({ start: 3, end: 11 });
    // At the right end, the overscan stops at the last column.
    expect(columnWindow(WIDTHS, 1, 700, 600, 2)).toEqual({ start: 6, end: 11 });
    // A box narrower than the pinned column shows no other, and a table of the pinned one alone.
    expect(columnWindow(WIDTHS, 1, 0, 200, 1)).toEqual({ start: 1, end: 1 });
    expect(columnWindow([300], 1, 0, 600, 1)).toEqual({ start: 1, end: 1 });
  });
});

describe('useFixedColumns', () => {
  it('draws the columns in the box’s width, and those further right once it scrolls there', () => {
    const scrollRef = scrollBox(600);
    const { result } = renderHook(() =>
      useFixedColumns({ widths: WIDTHS, pinned: 1, scrollRef, overscan: 1, initialWidth: 2000 }),
    );
    // Measured, not the initial width (which would draw every column).
    expect(result.current).toEqual({ start: 1, end: 5 });
    const before = result.current;
    act(() => {
      scrollRef.current.scrollTop = 500;
      scrollRef.current.dispatchEvent(new Event('scroll'));
    });
    // A vertical scroll: the same window, the same object.
    expect(result.current).toBe(before);
    act(() => {
      scrollRef.current.scrollLeft = 450;
      scrollRef.current.dispatchEvent(new Event('scroll'));
    });
    expect(result.current).toEqual({ start: 4, end: 10 });
  });

  it('uses the initial width where the box measures 0 (hidden, or before layout)', () => {
    const scrollRef = scrollBox(0);
    const { result } = renderHook(() =>
      useFixedColumns({ widths: WIDTHS, pinned: 1, scrollRef, overscan: 0, initialWidth: 800 }),
    );
    expect(result.current).toEqual({ start: 1, end: 6 });
  });

  it('draws every column while the page prints, and the columns in view again after', () => {
    const scrollRef = scrollBox(600);
    const { result } = renderHook(() =>
      useFixedColumns({ widths: WIDTHS, pinned: 1, scrollRef, overscan: 0, initialWidth: 600 }),
    );
    expect(result.current).toEqual({ start: 1, end: 4 });
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(result.current).toEqual({ start: 1, end: 11 });
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(result.current).toEqual({ start: 1, end: 4 });
  });
});
