import { describe, expect, it } from 'vitest';
import type { TimelineGroup } from './timeline-groups';
import { buildRowModel, type TimelineRow } from './timeline-rows';

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
});
