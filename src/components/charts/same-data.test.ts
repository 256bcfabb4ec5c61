import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { sameData } from './same-data';

describe('sameData', () => {
  it('compares bins, rows and selections by their contents', () => {
    const bins = () => [
      { key: 'africa', budget: 10, count: 1 },
      { key: 'asia-oceania', budget: 20, count: 2 },
    ];
    expect(
      sameData({ bins: bins(), selected: ['africa'] }, { bins: bins(), selected: ['africa'] }),
    ).toBe(true);
    expect(
      sameData(bins(), [...bins().slice(0, 1), { key: 'asia-oceania', budget: 21, count: 2 }]),
    ).toBe(false);
    expect(sameData({ selected: ['africa'] }, { selected: [] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([{ year: 2020, parts: { ongoing: 1 } }], [{ year: 2020, parts: {} }])).toBe(
      false,
    );
  });

  it('compares functions and elements by identity', () => {
    const f = () => undefined;
    expect(sameData({ onSelect: f }, { onSelect: f })).toBe(true);
    expect(sameData({ onSelect: f }, { onSelect: () => undefined })).toBe(false);
    expect(sameData(createElement('b'), createElement('b'))).toBe(false);
    expect(sameData(new Map(), new Map())).toBe(false);
  });
});
