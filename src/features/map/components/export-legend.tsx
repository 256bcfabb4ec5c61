import type { LegendItem } from '../lib/map-data';

/**
 * The legend drawn inside the SVG, in the empty South Pacific, for the PNG download only: the
 * page hides it (the HTML legend beside the map is the one people and screen readers use), but
 * the image is drawn from the SVG's markup without the page's stylesheet, so there it shows.
 */
export function ExportLegend({
  title,
  items,
  height,
}: {
  title: string;
  items: LegendItem[];
  height: number;
}) {
  const row = 18;
  const top = height - 12 - row * (items.length + 1);
  return (
    <g className="map-export-legend" aria-hidden="true" fontSize={12} fill="#1b2733">
      <text x={12} y={top + 12} fontWeight={600}>
        {title}
      </text>
      {items.map((item, i) => (
        <g key={item.label} transform={`translate(12 ${top + row * (i + 1)})`}>
          <rect
            width={16}
            height={12}
            y={2}
            fill={item.colour}
            stroke="#8a949e"
            strokeWidth={0.5}
          />
          <text x={22} y={12}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
