/** A source of uniform numbers in [0, 1), like Math.random but reproducible. */
export type Random = () => number;

/**
 * mulberry32: a tiny 32-bit PRNG, fast and good enough for sample data. The same seed always
 * yields the same sequence on every JavaScript engine, which keeps generated data byte-stable.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer between min and max, both included. */
export function randomInt(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** One item of a non-empty list, uniformly. */
export function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** True with probability p. */
export function chance(rng: Random, p: number): boolean {
  return rng() < p;
}

/**
 * A picker for weighted choices. The cumulative table is built once so that drawing stays a
 * short scan, which matters when a million projects each draw several times.
 */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (rng: Random) => T {
  const values = entries.map(([value]) => value);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  const last = values.length - 1;
  if (last < 8)
    return (rng) => {
      const r = rng() * total;
      let i = 0;
      while (i < last && r >= (cumulative[i] as number)) i++;
      return values[i] as T;
    };
  // A long table (a region's countries) is searched by halves: the same first entry whose
  // cumulative weight exceeds the draw, as the scan above finds.
  const bounds = Float64Array.from(cumulative);
  return (rng) => {
    const r = rng() * total;
    let low = 0;
    let high = last;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (r >= bounds[mid]!) low = mid + 1;
      else high = mid;
    }
    return values[low] as T;
  };
}
