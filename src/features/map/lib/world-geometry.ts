import world from 'world-atlas/countries-110m.json';
import { worldMapOf, type WorldMap, type WorldTopology } from './project-world';
import file from './world-map.json';
import { worldMapFromFile } from './world-map-file';

export { MAP_WIDTH } from './world-map-file';

let map: WorldMap | undefined;

/**
 * The bundled 110m world, projected for MAP_WIDTH at build time (world-map.json) and kept: the
 * boundaries ship with the app (this module is only in the map's lazy chunk), so the map never
 * asks a tile server or any other origin. The topology stays for the outlines of the states a
 * filter or a region picks.
 */
export function worldMap(): WorldMap {
  map ??= worldMapOf(world as unknown as WorldTopology, worldMapFromFile(file));
  return map;
}
