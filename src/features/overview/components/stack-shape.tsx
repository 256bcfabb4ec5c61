import type { BarShapeProps } from 'recharts';
import type { StackedRow } from '../lib/chart-data';

/**
 * Draws one year's whole stack as a single bar shape: one rectangle per series, bottom up, sized
 * from the total bar Recharts laid out. One Recharts bar per year instead of one per series and
 * year keeps the DOM small (DESIGN §10) however many types are stacked.
 */
export function stackShape(series: readonly { key: string; colour: string }[]) {
  return function StackShape(props: BarShapeProps) {
    const row = props.payload as StackedRow | undefined;
    const { x, y, width, height } = props;
    if (!row || !(row.total > 0) || !(height > 0)) return <g />;
    let bottom = y + height;
    return (
      <g>
        {series.map((s) => {
          const value = row[s.key] ?? 0;
          if (!(value > 0)) return null;
          const h = (height * value) / row.total;
          bottom -= h;
          return <rect key={s.key} x={x} y={bottom} width={width} height={h} fill={s.colour} />;
        })}
      </g>
    );
  };
}
