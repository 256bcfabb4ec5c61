import world from 'world-atlas/countries-110m.json';
import { projectWorld, type WorldMap, type WorldTopology } from './project-world';

/** Width of the map's drawing box; the SVG scales to its container. */
export const MAP_WIDTH = 960;

let projected: WorldMap | undefined;

/**
 * The bundled 110m world, projected once and kept: the boundaries ship with the app (this module
 * is only in the map's lazy chunk), so the map never asks a tile server or any other origin.
 */
export function worldMap(): WorldMap {
  projected ??= projectWorld(world as unknown as WorldTopology, MAP_WIDTH);
  return projected;
}
