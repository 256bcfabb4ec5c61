/** Median, p95 (nearest rank) and max of samples; NaN for none. */
export interface Stats {
  samples: number;
  median: number;
  p95: number;
  max: number;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { samples: 0, median: Number.NaN, p95: Number.NaN, max: Number.NaN };
  const mid = n >> 1;
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    samples: n,
    median,
    p95: sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)]!,
    max: sorted[n - 1]!,
  };
}
