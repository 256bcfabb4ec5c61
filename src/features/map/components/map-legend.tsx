import { useId } from 'react';
import type { LegendItem } from '../lib/map-data';

/** The colour classes with their formatted bounds, and the grey of states without projects. */
export function MapLegend({ title, items }: { title: string; items: LegendItem[] }) {
  const id = useId();
  return (
    <figure className="map-legend" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      <ul>
        {/* By position: a filter changes the classes' bounds, not how many there are. */}
        {items.map((item, i) => (
          <li key={i}>
            <span className="map-swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
