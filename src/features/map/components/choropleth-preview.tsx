import { useMemo } from 'react';
import { NO_PROJECTS_COLOUR } from '../lib/colours';
import type { worldMap } from '../lib/world-geometry';
import type { ChoroplethProps } from './choropleth';

type World = ReturnType<typeof worldMap>;

/** The choropleth as a picture: one path per colour class, the region borders and the selection. */
export function ChoroplethPreview({
  world,
  data,
  fillOf,
  selected,
  label,
}: Pick<ChoroplethProps, 'data' | 'fillOf' | 'selected' | 'label'> & { world: World }) {
  const byFill = useMemo(() => {
    const paths = new Map<string, string[]>();
    for (const s of world.shapes) {
      const datum = s.code ? data.get(s.code) : undefined;
      const fill = datum ? fillOf(datum) : NO_PROJECTS_COLOUR;
      const ds = paths.get(fill);
      if (ds) ds.push(s.d);
      else paths.set(fill, [s.d]);
    }
    return [...paths].map(([fill, ds]) => ({ fill, d: ds.join('') }));
  }, [world, data, fillOf]);
  const selectedPath = useMemo(
    () => (selected.size > 0 ? world.outline(selected) : ''),
    [world, selected],
  );
  return (
    <div className="map-canvas" style={{ aspectRatio: `${world.width} / ${world.height}` }}>
      <svg
        viewBox={`0 0 ${world.width} ${world.height}`}
        className="map-svg"
        role="img"
        aria-label={label}
      >
        <rect width={world.width} height={world.height} fill="#ffffff" />
        {byFill.map(({ fill, d }) => (
          <path key={fill} d={d} fill={fill} stroke="#ffffff" strokeWidth={0.5} />
        ))}
        <path
          d={world.regionBorders}
          fill="none"
          stroke="#3b4550"
          strokeWidth={0.8}
          strokeLinejoin="round"
        />
        {selectedPath ? (
          <path d={selectedPath} fill="none" stroke="#000000" strokeWidth={1.8} />
        ) : null}
      </svg>
    </div>
  );
}
