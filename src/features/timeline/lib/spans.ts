import { firstDay, lastDay } from '@/domain/partial-date';
import type { ProjectSummary } from '@/domain/project';

/**
 * Every project's span in day numbers, computed once per portfolio so that filter changes only
 * read typed arrays. Year-only and month dates cover their whole year or month (DESIGN §7).
 */
export interface SpanTable {
  /** First day covered by the start date. */
  start: Float64Array;
  /** Last day covered by the end date (inclusive); the data date for open-ended projects. */
  end: Float64Array;
  /** 1 when the project has no end date. */
  open: Uint8Array;
  /** The data date ("today" of the dataset): its last day. */
  asOfDay: number;
}

/** The span of one project: open-ended projects run to the data date (or to the end of their start, if later). */
export function projectSpan(project: Pick<ProjectSummary, 'startDate' | 'endDate'>, asOfDay: number) {
  const startDay = firstDay(project.startDate);
  if (project.endDate) return { startDay, endDay: lastDay(project.endDate), open: false };
  return { startDay, endDay: Math.max(asOfDay, lastDay(project.startDate)), open: true };
}

export function spanTable(projects: readonly ProjectSummary[], asOf: string): SpanTable {
  const n = projects.length;
  const table: SpanTable = { start: new Float64Array(n), end: new Float64Array(n), open: new Uint8Array(n), asOfDay: lastDay(asOf) };
  projects.forEach((project, i) => {
    const span = projectSpan(project, table.asOfDay);
    table.start[i] = span.startDay;
    table.end[i] = span.endDay;
    table.open[i] = span.open ? 1 : 0;
  });
  return table;
}

/** The earliest start and latest end among the rows, the data date always included (it is marked). */
export function spanExtent(table: SpanTable, rows: ArrayLike<number>): { first: number; last: number } {
  let first = table.asOfDay;
  let last = table.asOfDay;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (table.start[r]! < first) first = table.start[r]!;
    if (table.end[r]! > last) last = table.end[r]!;
  }
  return { first, last };
}

/** Every project index ordered by start, then end, then position: built once per portfolio. */
export function startOrder(table: SpanTable): Uint32Array {
  const order = Uint32Array.from({ length: table.start.length }, (_, i) => i);
  return order.sort((a, b) => table.start[a]! - table.start[b]! || table.end[a]! - table.end[b]! || a - b);
}

/**
 * The rows in start order, in time linear in the portfolio (a walk through the prebuilt order),
 * so that it stays cheap for any number of matching rows.
 */
export function rowsByStart(rows: ArrayLike<number>, order: Uint32Array): Uint32Array {
  const member = new Uint8Array(order.length);
  for (let i = 0; i < rows.length; i++) member[rows[i]!] = 1;
  const out = new Uint32Array(rows.length);
  let k = 0;
  for (let i = 0; i < order.length; i++) {
    const p = order[i]!;
    if (member[p]) out[k++] = p;
  }
  return out;
}
