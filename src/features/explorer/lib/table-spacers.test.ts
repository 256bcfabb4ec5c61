import { describe, expect, it } from 'vitest';
import { tableSpacers } from './table-spacers';

/* The table body keeps the whole list's height whichever rows' projects have arrived. */

const ROW = 36;
const TOTAL = 100_000 * ROW;
const rows = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => ({ position: from + i }));
const bodyHeight = (drawn: { position: number }[], firstInView?: number) => {
  const { top, bottom } = tableSpacers(drawn, firstInView, ROW, TOTAL);
  return top + drawn.length * ROW + bottom;
};

describe('the projects table’s spacers', () => {
  it('put every row drawn at its own place, the body the whole list high', () => {
    expect(tableSpacers(rows(99_972, 100_000), 99_972, ROW, TOTAL)).toEqual({
      top: 99_972 * ROW,
      bottom: 0,
    });
    expect(bodyHeight(rows(500, 530), 500)).toBe(TOTAL);
  });

  it('keep the height while the last rows’ projects have not arrived', () => {
    // At the end of the list, only the first rows of the window have their projects yet.
    expect(bodyHeight(rows(99_972, 99_980), 99_972)).toBe(TOTAL);
    expect(tableSpacers(rows(99_972, 99_980), 99_972, ROW, TOTAL).top).toBe(99_972 * ROW);
  });

  it('keep the height while the first rows’ projects, or all of them, have not arrived', () => {
    expect(bodyHeight(rows(99_990, 100_000), 99_972)).toBe(TOTAL);
    expect(tableSpacers(rows(99_990, 100_000), 99_972, ROW, TOTAL).top).toBe(99_990 * ROW);
    expect(bodyHeight([], 99_972)).toBe(TOTAL);
    expect(bodyHeight([], undefined)).toBe(TOTAL);
  });

  it('keep the height when a row inside the window is missing', () => {
    const drawn = [...rows(10, 20), ...rows(21, 30)];
    expect(bodyHeight(drawn, 10)).toBe(TOTAL);
  });
});
