import type { PortfolioView } from '@/domain/engine/types';

/** Relative tolerance for budget sums: engines may add the same amounts in another order. */
const RELATIVE = 1e-9;

function closeEnough(a: number, b: number): boolean {
  if (Object.is(a, b) || a === b) return true;
  return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Plain data for comparison: Maps become key-sorted entry lists (their order is not part of the contract). */
function plain(value: unknown): unknown {
  if (value instanceof Map)
    return [...value.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)));
  if (ArrayBuffer.isView(value)) return Array.from(value as Uint32Array);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

/** Where two values differ (numbers within the tolerance count as equal), or undefined. */
function difference(a: unknown, b: unknown, path: string): string | undefined {
  if (typeof a === 'number' && typeof b === 'number')
    return closeEnough(a, b) ? undefined : `${path}: ${a} ≠ ${b}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = difference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.join() !== kb.join()) return `${path}: keys ${ka.join()} ≠ ${kb.join()}`;
    for (const k of ka) {
      const d = difference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

/** The first difference between two views (rows, facets, every bin, pivots, KPIs), or undefined. */
export function viewDifference(actual: PortfolioView, expected: PortfolioView): string | undefined {
  return difference(plain(actual), plain(expected), 'view');
}
