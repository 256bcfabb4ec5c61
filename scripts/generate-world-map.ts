// Writes src/features/map/lib/world-map.json: the world-atlas 110m countries projected for the
// map's drawing width (MAP_WIDTH), so the app does not project them on every load:
//   npm run generate:world-map
// world-map.test.ts fails when the file no longer matches what the projection gives.
import { writeFileSync } from 'node:fs';
import world from 'world-atlas/countries-110m.json';
import { projectWorldShapes, type WorldTopology } from '../src/features/map/lib/project-world';
import { MAP_WIDTH, WORLD_MAP_FILE, worldMapText } from '../src/features/map/lib/world-map-file';

const projected = projectWorldShapes(world as unknown as WorldTopology, MAP_WIDTH);
writeFileSync(new URL(`../${WORLD_MAP_FILE}`, import.meta.url), worldMapText(projected));
console.log(
  `${WORLD_MAP_FILE}: ${projected.shapes.length} shapes, ${MAP_WIDTH} × ${projected.height}`,
);
