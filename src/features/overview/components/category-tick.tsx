import { CATEGORY_LINE_HEIGHT } from '../lib/bars-layout';

interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** The label's lines as the chart laid them out (wrapped, the last one cut with "…" if need be). */
  linesOf: (label: string) => readonly string[];
}

/**
 * A category axis label on its lines, right-aligned against the bars. A label cut short carries
 * its whole text as a title (the browser's tooltip, and what a screen reader reads).
 */
export function CategoryTick({ x = 0, y = 0, payload, linesOf }: CategoryTickProps) {
  const label = String(payload?.value ?? '');
  const lines = linesOf(label);
  const top = Number(y) - ((lines.length - 1) * CATEGORY_LINE_HEIGHT) / 2;
  const cut = lines.join(' ') !== label;
  return (
    <text
      x={Number(x)}
      y={top}
      textAnchor="end"
      dominantBaseline="middle"
      className="category-tick"
    >
      {cut ? <title>{label}</title> : null}
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : CATEGORY_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
