// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useListReturn } from './use-list-return';

/** A scroller whose scroll position writes are counted. */
function scroller() {
  const element = document.createElement('div');
  let top = 0;
  const writes: number[] = [];
  Object.defineProperty(element, 'scrollTop', {
    get: () => top,
    set: (value: number) => {
      writes.push(value);
      top = value;
    },
  });
  return { element, writes, ref: { current: element } };
}

describe('useListReturn', () => {
  it('leaves an unscrolled list alone on a new filter (no layout forced in the commit)', () => {
    const { ref, writes } = scroller();
    const { rerender } = renderHook(({ search }) => useListReturn(ref, 10, search), {
      initialProps: { search: '?region=Africa' },
    });
    rerender({ search: '?region=Asia' });
    rerender({ search: '?region=Europe' });
    expect(writes).toEqual([]);
  });

  it('takes a scrolled list back to the top on a new filter, not on a change of language', () => {
    const { ref, writes, element } = scroller();
    const { rerender } = renderHook(({ search }) => useListReturn(ref, 10, search), {
      initialProps: { search: '?region=Africa' },
    });
    element.scrollTop = 400;
    element.dispatchEvent(new Event('scroll'));
    writes.length = 0;
    rerender({ search: '?region=Africa&lang=fr' });
    expect(writes).toEqual([]);
    rerender({ search: '?region=Asia&lang=fr' });
    expect(writes).toEqual([0]);
    rerender({ search: '?region=Europe&lang=fr' });
    expect(writes).toEqual([0]);
  });
});
