import type { KeptProject } from './columns';
import { asOfDayOf, projectSpan } from '../project-span';

/**
 * Every project's span (src/domain/project-span.ts) in day numbers, computed once per portfolio
 * and data date so that filter changes only read typed arrays.
 */
export interface SpanTable {
  /** First day covered by the start date. */
  start: Float64Array;
  /** Last day covered (inclusive); for open-ended projects the drawn end (the data date). */
  end: Float64Array;
  /** 1 when the project has no end date. */
  open: Uint8Array;
  /** The data date ("today" of the dataset): its last day. */
  asOfDay: number;
}

export function spanTable(projects: readonly KeptProject[], asOf: string): SpanTable {
  const n = projects.length;
  const table: SpanTable = {
    start: new Float64Array(n),
    end: new Float64Array(n),
    open: new Uint8Array(n),
    asOfDay: asOfDayOf(asOf),
  };
  // Portfolios repeat the same few thousand date pairs: work each out once.
  const known = new Map<string, ReturnType<typeof projectSpan>>();
  projects.forEach((project, i) => {
    const key = `${project.startDate}|${project.endDate ?? ''}`;
    let span = known.get(key);
    if (!span) {
      span = projectSpan(project.startDate, project.endDate, table.asOfDay);
      known.set(key, span);
    }
    table.start[i] = span.startDay;
    table.end[i] = span.endDay;
    table.open[i] = span.open ? 1 : 0;
  });
  return table;
}

/** The earliest start and latest end among the rows, the data date always included (it is marked). */
export function spanExtent(
  table: SpanTable,
  rows: ArrayLike<number>,
): { first: number; last: number } {
  let first = table.asOfDay;
  let last = table.asOfDay;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (table.start[r]! < first) first = table.start[r]!;
    if (table.end[r]! > last) last = table.end[r]!;
  }
  return { first, last };
}

/** Day ranges wider than this sort by comparison instead of counting (the count array would be too big). */
const MAX_COUNTING_RANGE = 1 << 22;

/**
 * Every project index ordered by start, then end, then position: built once per portfolio, by
 * two stable counting sorts over whole day numbers (linear, unlike a comparison sort).
 */
export function startOrder(table: SpanTable): Uint32Array {
  const n = table.start.length;
  let order = Uint32Array.from({ length: n }, (_, i) => i);
  const byKey = (key: Float64Array) => {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (key[i]! < min) min = key[i]!;
      if (key[i]! > max) max = key[i]!;
    }
    if (
      n === 0 ||
      !Number.isInteger(min) ||
      !Number.isInteger(max) ||
      max - min >= MAX_COUNTING_RANGE
    )
      return false;
    const counts = new Uint32Array(max - min + 2);
    for (let i = 0; i < n; i++) counts[key[i]! - min + 1]!++;
    for (let v = 1; v < counts.length; v++) counts[v]! += counts[v - 1]!;
    const next = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const p = order[i]!;
      next[counts[key[p]! - min]!++] = p;
    }
    order = next;
    return true;
  };
  if (byKey(table.end) && byKey(table.start)) return order;
  return Uint32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => table.start[a]! - table.start[b]! || table.end[a]! - table.end[b]! || a - b,
  );
}

/**
 * The span table laid out in start order: entry i is the span of the project at `order[i]`, so
 * that a walk of the rows in start order reads it from start to end instead of all over.
 */
export function spansInOrder(table: SpanTable, order: Uint32Array): SpanTable {
  const n = order.length;
  const inOrder: SpanTable = {
    start: new Float64Array(n),
    end: new Float64Array(n),
    open: new Uint8Array(n),
    asOfDay: table.asOfDay,
  };
  for (let i = 0; i < n; i++) {
    const p = order[i]!;
    inOrder.start[i] = table.start[p]!;
    inOrder.end[i] = table.end[p]!;
    inOrder.open[i] = table.open[p]!;
  }
  return inOrder;
}

/**
 * The places in `order` of the rows, ascending: the rows in start order, as positions into
 * tables laid out in that order (spansInOrder, groupIndexInOrder).
 */
export function positionsByStart(rows: ArrayLike<number>, order: Uint32Array): Uint32Array {
  const member = new Uint8Array(order.length);
  for (let i = 0; i < rows.length; i++) member[rows[i]!] = 1;
  const out = new Uint32Array(rows.length);
  let k = 0;
  for (let i = 0; i < order.length; i++) if (member[order[i]!]) out[k++] = i;
  return out;
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
