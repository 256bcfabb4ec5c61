/**
 * The `tickCount` ticks of a value axis from 0 to at least `max`, on Recharts' own "nice" step
 * (its `getNiceTickValues` for a domain of [0, max]): the rough step rounded up to a multiple of
 * 0.05 × 10ⁿ, made larger until the ticks reach `max`. `[0]` when there is nothing to show.
 */
export function valueTicks(max: number, tickCount: number): number[] {
  if (!(max > 0) || !Number.isFinite(max) || tickCount < 2) return [0];
  const rough = max / (tickCount - 1);
  const digits = Math.floor(Math.log10(rough)) + 1;
  const scale = digits !== 1 ? 0.05 : 0.1;
  const base = Math.ceil(rough / 10 ** digits / scale);
  for (let correction = 0; ; correction++) {
    // Rounded so that 0.15 × 10⁷ is 1,500,000 and not 1,499,999.99…
    const step = Number(((base + correction) * scale * 10 ** digits).toPrecision(12));
    if (Math.ceil(max / step) + 1 <= tickCount)
      return Array.from({ length: tickCount }, (_, i) => Number((i * step).toPrecision(12)));
  }
}
