import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '@/domain/project';
import { makeProject } from '@/test/make-project';
import { rowsByStart, spanExtent, spanTable, startOrder } from './timeline-spans';

const DAY_MS = 86_400_000;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

function project(id: string, startDate: string, endDate?: string): ProjectSummary {
  return makeProject({
    id,
    title: id,
    startDate,
    ...(endDate === undefined ? {} : { endDate }),
    status: endDate ? 'completed' : 'ongoing',
    budgetUsd: 100,
    year: Number(startDate.slice(0, 4)),
    countries: ['KE'],
  });
}

describe('project spans', () => {
  const projects = [
    project('A', '2019', '2023'),
    project('B', '2024-02-01'),
    project('C', '2019-03', '2020-02'),
    project('D', '2027'),
  ];
  const table = spanTable(projects, '2026-10-31');

  it('covers whole years and months of reduced-precision dates', () => {
    expect([table.start[0], table.end[0]]).toEqual([day(2019, 1, 1), day(2023, 12, 31)]);
    expect([table.start[2], table.end[2]]).toEqual([day(2019, 3, 1), day(2020, 2, 29)]);
  });

  it('runs an open-ended project to the data date and marks it open', () => {
    expect(table.asOfDay).toBe(day(2026, 10, 31));
    expect([table.start[1], table.end[1], table.open[1]]).toEqual([
      day(2024, 2, 1),
      day(2026, 10, 31),
      1,
    ]);
    expect(table.open[0]).toBe(0);
  });

  it('ends an open-ended project that starts after the data date with its start', () => {
    expect([table.start[3], table.end[3], table.open[3]]).toEqual([
      day(2027, 1, 1),
      day(2027, 12, 31),
      1,
    ]);
  });

  it('takes a year-only data date to its last day', () => {
    expect(spanTable(projects, '2025').asOfDay).toBe(day(2025, 12, 31));
  });

  it('extends over the rows and always includes the data date', () => {
    expect(spanExtent(table, [0, 2])).toEqual({ first: day(2019, 1, 1), last: day(2026, 10, 31) });
    expect(spanExtent(table, [3])).toEqual({ first: day(2026, 10, 31), last: day(2027, 12, 31) });
  });

  it('orders any subset of rows by start as a plain sort would', () => {
    const dates = fc.tuple(
      fc.integer({ min: 2000, max: 2030 }),
      fc.integer({ min: 1, max: 12 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.array(dates, { minLength: 1, maxLength: 40 }),
        fc.array(fc.boolean(), { maxLength: 40 }),
        (spec, keep) => {
          const list = spec.map(([y, m, monthly], i) =>
            project(
              `P${i}`,
              monthly ? `${y}-${String(m).padStart(2, '0')}` : String(y),
              String(y + 1),
            ),
          );
          const spans = spanTable(list, '2026-10-31');
          const rows = list
            .map((_, i) => i)
            .filter((i) => keep[i] ?? true)
            .reverse();
          const expected = [...rows].sort(
            (a, b) => spans.start[a]! - spans.start[b]! || spans.end[a]! - spans.end[b]! || a - b,
          );
          expect(Array.from(rowsByStart(rows, startOrder(spans)))).toEqual(expected);
        },
      ),
    );
  });
});

describe('start order', () => {
  it('orders by start, end and position, also when days spread too wide to count', () => {
    const table = (start: number[], end: number[]) => ({
      start: Float64Array.from(start),
      end: Float64Array.from(end),
      open: new Uint8Array(start.length),
      asOfDay: 0,
    });
    expect(Array.from(startOrder(table([30, 10, 10, 10], [40, 20, 15, 20])))).toEqual([2, 1, 3, 0]);
    expect(Array.from(startOrder(table([5e6, 0, 10, 0], [5e6, 3, 20, 2])))).toEqual([3, 1, 2, 0]);
  });
});
