// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePivotWindow } from './use-pivot-window';

/**
 * A pivot's scroll box as the browser lays it out: a 100 px label column, 80 px year columns and
 * a 100 px Total in a box 600 px wide; its width and scroll position writes are counted, and so
 * are the reads of sizes and positions (each one lays the page out when the DOM has changed).
 */
function pivotBox(years: number) {
  const room = document.createElement('div');
  const box = document.createElement('div');
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  const reads = { layout: 0 };
  const read = <T>(value: T): T => {
    reads.layout += 1;
    return value;
  };
  const widths = [100, ...Array.from({ length: years }, () => 80), 100];
  for (const width of widths) {
    const cell = head.insertCell();
    cell.getBoundingClientRect = () => {
      reads.layout += 1;
      return { width } as DOMRect;
    };
  }
  box.append(table);
  room.append(box);
  document.body.append(room);
  const writes = { width: 0, scroll: 0 };
  let left = 0;
  let width = '';
  const content = widths.reduce((sum, w) => sum + w, 0);
  Object.defineProperties(box, {
    clientWidth: { get: () => read(600) },
    offsetWidth: { get: () => read(600) },
    scrollWidth: { get: () => read(content) },
    scrollLeft: {
      get: () => read(left),
      set: (value: number) => {
        writes.scroll += 1;
        left = Math.min(value, content - 600);
      },
    },
  });
  Object.defineProperty(room, 'clientWidth', { get: () => 600 });
  Object.defineProperty(box.style, 'width', {
    get: () => width,
    set: (value: string) => {
      writes.width += 1;
      width = value;
    },
  });
  return { ref: { current: box }, writes, reads, end: content - 600 };
}

afterEach(() => vi.unstubAllGlobals());

/**
 * A ResizeObserver the test drives: `resize` reports a new content box to every observer still
 * connected, as the browser does after laying the page out.
 */
function driveResizes() {
  const connected = new Set<ResizeObserverCallback>();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe() {
        connected.add(this.callback);
      }
      disconnect() {
        connected.delete(this.callback);
      }
    },
  );
  return (width: number, height: number) => {
    for (const callback of [...connected])
      callback([{ contentRect: { width, height } } as ResizeObserverEntry], {} as ResizeObserver);
  };
}

describe('usePivotWindow', () => {
  it('opens on the latest years and reports the earlier ones', () => {
    const { ref } = pivotBox(12);
    const { result } = renderHook(() => usePivotWindow(ref, 12, 'a'));
    expect(result.current.moreBefore).toBe(true);
    expect(result.current.moreAfter).toBe(false);
  });

  it('neither refits the box nor scrolls it on a filter change that keeps the years', () => {
    const { ref, writes } = pivotBox(12);
    const { rerender } = renderHook(({ key }) => usePivotWindow(ref, 12, key), {
      initialProps: { key: 'region:5' },
    });
    const before = { ...writes };
    rerender({ key: 'region:1' });
    rerender({ key: 'region:3' });
    expect(writes).toEqual(before);
  });

  it('refits the box when the number of years changes', () => {
    const { ref, writes } = pivotBox(12);
    const { rerender } = renderHook(({ years }) => usePivotWindow(ref, years, `y${years}`), {
      initialProps: { years: 12 },
    });
    const before = writes.width;
    rerender({ years: 11 });
    expect(writes.width).toBeGreaterThan(before);
  });

  it('refits the box when its room gets narrower, not when it only gets taller', () => {
    const resize = driveResizes();
    const { ref, writes } = pivotBox(12);
    renderHook(() => usePivotWindow(ref, 12, 'a'));
    resize(600, 300);
    const before = writes.width;
    resize(600, 420);
    resize(600, 260);
    expect(writes.width).toBe(before);
    resize(500, 260);
    expect(writes.width).toBeGreaterThan(before);
  });

  it('moves back to the latest years after the browser lays the page out, reading nothing in the commit', () => {
    const layOut = driveResizes();
    const { ref, reads, end } = pivotBox(12);
    const { result, rerender } = renderHook(({ key }) => usePivotWindow(ref, 12, key), {
      initialProps: { key: 'region:5' },
    });
    layOut(600, 300);
    expect(ref.current.scrollLeft).toBe(end);
    // The reader scrolls to the first years, then a filter changes the rows.
    ref.current.scrollLeft = 0;
    layOut(600, 300);
    const before = reads.layout;
    rerender({ key: 'region:1' });
    expect(reads.layout).toBe(before);
    expect(ref.current.scrollLeft).toBe(0);
    layOut(600, 260);
    expect(ref.current.scrollLeft).toBe(end);
    expect(result.current.moreAfter).toBe(false);
    expect(result.current.moreBefore).toBe(true);
  });
});
