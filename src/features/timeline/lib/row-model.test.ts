import { describe, expect, it } from 'vitest';
import type { TimelineGroup } from './groups';
import { buildRowModel, navigateRow, spanOfRows, type TimelineRow } from './row-model';

const group = (key: string, members: number[]): TimelineGroup => ({
  key,
  members: Uint32Array.from(members),
  budget: 0,
});
const groups = [group('africa', [4, 2]), group('asia-oceania', [0, 1, 3]), group('global', [5])];
const all = (model: { count: number; rowAt(i: number): TimelineRow }) =>
  Array.from({ length: model.count }, (_, i) => model.rowAt(i));
const brief = (row: TimelineRow) =>
  row.kind === 'group' ? `[${row.groupIndex}${row.expanded ? '-' : '+'}]` : String(row.project);

describe('timeline rows', () => {
  it('puts each group header before its projects', () => {
    const model = buildRowModel(groups, true, new Set());
    expect(all(model).map(brief)).toEqual(['[0-]', '4', '2', '[1-]', '0', '1', '3', '[2-]', '5']);
    expect([0, 1, 2].map((g) => model.headerIndex(g))).toEqual([0, 3, 7]);
  });

  it('hides a collapsed group’s projects and keeps its header', () => {
    const model = buildRowModel(groups, true, new Set(['asia-oceania']));
    expect(model.count).toBe(6);
    expect(all(model).map(brief)).toEqual(['[0-]', '4', '2', '[1+]', '[2-]', '5']);
    expect(model.headerIndex(2)).toBe(4);
  });

  it('collapses every group down to its headers', () => {
    const model = buildRowModel(groups, true, new Set(groups.map((g) => g.key)));
    expect(all(model).map(brief)).toEqual(['[0+]', '[1+]', '[2+]']);
  });

  it('lists the projects alone when not grouped', () => {
    const model = buildRowModel([group('', [3, 1, 2])], false, new Set());
    expect(all(model).map(brief)).toEqual(['3', '1', '2']);
    expect(model.headerIndex(0)).toBe(-1);
  });

  it('moves with the arrow, page, home and end keys within the list', () => {
    expect(navigateRow('ArrowDown', 3, 10, 5)).toBe(4);
    expect(navigateRow('ArrowDown', 9, 10, 5)).toBe(9);
    expect(navigateRow('ArrowUp', 0, 10, 5)).toBe(0);
    expect(navigateRow('PageDown', 7, 10, 5)).toBe(9);
    expect(navigateRow('PageUp', 7, 10, 5)).toBe(2);
    expect(navigateRow('Home', 7, 10, 5)).toBe(0);
    expect(navigateRow('End', 2, 10, 5)).toBe(9);
  });
});

describe('span of rows on screen', () => {
  it('covers the projects of the rows in range and ignores headers', () => {
    const model = buildRowModel(groups, true, new Set());
    const spans = {
      start: Float64Array.from([10, 20, 30, 40, 50, 60]),
      end: Float64Array.from([15, 25, 35, 45, 55, 65]),
    };
    expect(spanOfRows(model, spans, 0, 2)).toEqual({ first: 30, last: 55 });
    expect(spanOfRows(model, spans, 3, 100)).toEqual({ first: 10, last: 65 });
    expect(
      spanOfRows(
        buildRowModel(groups, true, new Set(['africa', 'asia-oceania', 'global'])),
        spans,
        0,
        2,
      ),
    ).toBeUndefined();
  });
});
