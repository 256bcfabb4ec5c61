import { textWidth } from '@/lib/text-width';

/** Recharts' room between a tick label and the plot: its tick size (6) and margin (2). */
const TICK_ROOM = 6 + 2;
/** Air for a tick label a little wider than the estimate (Recharts' own step choice). */
const SLACK = 4;

/**
 * The width a value axis from 0 to `max` needs for its tick labels, computed from the labels it
 * will show (ticks on a 1 / 2 / 2.5 / 5 × 10ⁿ step) measured in the chart's font — instead of
 * Recharts' `width="auto"`, which measures every tick in the page (a forced layout) each time the
 * figures change, i.e. on every filter click.
 */
export function valueAxisWidth(
  max: number,
  tickCount: number,
  format: (value: number) => string,
  fontSize = 12,
): number {
  const labels = [format(0), format(max)];
  if (max > 0 && tickCount > 1) {
    const raw = max / (tickCount - 1);
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
    for (let tick = step; tick < max + step; tick += step) labels.push(format(tick));
  }
  let widest = 0;
  for (const label of labels) widest = Math.max(widest, textWidth(label, fontSize));
  return Math.ceil(widest) + TICK_ROOM + SLACK;
}
