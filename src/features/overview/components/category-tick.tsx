import { wrapLabel } from '../lib/chart-data';

interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Characters per line before the label wraps. */
  maxChars: number;
}

const LINE_HEIGHT = 13;

/** A category axis label on at most two lines, right-aligned against the bars. */
export function CategoryTick({ x = 0, y = 0, payload, maxChars }: CategoryTickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), maxChars, 2);
  const top = Number(y) - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text
      x={Number(x)}
      y={top}
      textAnchor="end"
      dominantBaseline="middle"
      className="category-tick"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
