import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import { COUNTRIES_BY_REGION } from '@/domain/codes/countries';
import { projectWorld, projectWorldShapes, type WorldTopology } from './project-world';
import { worldMap } from './world-geometry';
import file from './world-map.json';
import { MAP_WIDTH, worldMapFromFile, worldMapText } from './world-map-file';

/* The projected world the app ships is the projection's own: regenerate it when this fails. */

const topology = world as unknown as WorldTopology;
const projected = projectWorldShapes(topology, MAP_WIDTH);

describe('world-map.json', () => {
  it('holds what projecting the bundled world for the map’s width gives (npm run generate:world-map)', () => {
    expect(worldMapFromFile(file)).toEqual(projected);
  });

  it('reads back as it is written', () => {
    expect(worldMapFromFile(JSON.parse(worldMapText(projected)))).toEqual(projected);
  });

  it('outlines regions and chosen states as the fitted projection does', () => {
    const fitted = projectWorld(topology, MAP_WIDTH);
    const shipped = worldMap();
    expect(shipped.shapes).toEqual(fitted.shapes);
    for (const codes of Object.values(COUNTRIES_BY_REGION))
      expect(shipped.outline(new Set(codes))).toBe(fitted.outline(new Set(codes)));
    const chosen = new Set(['FR', 'DE', 'BR', 'ID']);
    expect(shipped.outline(chosen)).toBe(fitted.outline(chosen));
  });
});
