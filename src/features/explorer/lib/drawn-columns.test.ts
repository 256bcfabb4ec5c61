import { describe, expect, it } from 'vitest';
import type { ProjectField } from '@/domain/project';
import { drawnColumns } from './drawn-columns';

const SHOWN: ProjectField[] = ['title', 'startDate', 'endDate', 'status', 'type', 'budgetUsd'];
/** The columns a row's cells stand for: a gap counts the columns it spans. */
const spanned = (cells: ReturnType<typeof drawnColumns>) =>
  cells.reduce((n, cell) => n + ('gap' in cell ? cell.gap : 1), 0);

describe('drawnColumns', () => {
  it('draws the pinned column, the window, and one gap cell on each side for the rest', () => {
    const cells = drawnColumns(SHOWN, { start: 2, end: 4 });
    expect(cells).toEqual([
      { field: 'title', index: 0 },
      { key: 'before', gap: 1 },
      { field: 'endDate', index: 2 },
      { field: 'status', index: 3 },
      { key: 'after', gap: 2 },
    ]);
    expect(spanned(cells)).toBe(SHOWN.length);
  });

  it('draws no gap where the window reaches an end, and spans every column in any window', () => {
    expect(drawnColumns(SHOWN, { start: 1, end: 6 }).some((c) => 'gap' in c)).toBe(false);
    for (let start = 1; start <= SHOWN.length; start++)
      for (let end = start; end <= SHOWN.length; end++)
        expect(spanned(drawnColumns(SHOWN, { start, end }))).toBe(SHOWN.length);
  });
});
