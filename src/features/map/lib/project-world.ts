import { geoEqualEarth, geoPath, type GeoPath } from 'd3-geo';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon as GeoMultiPolygon,
  Polygon as GeoPolygon,
} from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Polygon,
  Topology,
} from 'topojson-specification';
import { regionOfCountry } from '@/domain/codes/countries';
import { alpha2OfFeature } from './iso-numeric';

/** The world-atlas countries topology (countries-110m.json). */
export type WorldTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

type CountryGeometry = GeometryObject<{ name: string }>;

/** One drawn country: its code where the table knows it, its path and a point to anchor a tooltip. */
export interface WorldShape {
  code: string | undefined;
  /** world-atlas's English name, for shapes the table does not know (Somaliland, N. Cyprus). */
  atlasName: string;
  d: string;
  anchor: [number, number];
}

/** The projected world: shapes in a width × height box, and the lines between the fund's regions. */
export interface WorldMap {
  width: number;
  height: number;
  shapes: WorldShape[];
  /** Borders between countries of different regions (a country outside the fund's regions counts as its own). */
  regionBorders: string;
  /** The outline of the union of these countries (a region), as one path. */
  outline: (codes: ReadonlySet<string>) => string;
}

/** Antarctica has no benefiting states and would take a fifth of the height. */
const LEFT_OUT = new Set(['010']);

const nameOf = (g: CountryGeometry) => (g.properties as { name?: string } | undefined)?.name;
const codeOf = (g: CountryGeometry) => alpha2OfFeature(g.id, nameOf(g));
const regionKey = (g: CountryGeometry) => {
  const code = codeOf(g);
  return (code && regionOfCountry(code)) ?? `other:${String(g.id ?? nameOf(g))}`;
};

/**
 * Centred on 10° E, so the map's edge runs through the Bering Strait and the empty Pacific
 * rather than cutting Chukotka and Fiji: the land then fills more of the box.
 */
const CENTRAL_MERIDIAN = 10;

/** The drawn shapes and the projection that drew them: what a map needs besides the topology. */
export interface ProjectedWorld {
  width: number;
  height: number;
  /** Equal Earth's scale and translation, fitted to the width. */
  scale: number;
  translate: [number, number];
  shapes: WorldShape[];
  regionBorders: string;
}

function keptGeometries(topology: WorldTopology): CountryGeometry[] {
  return topology.objects.countries.geometries.filter((g) => !LEFT_OUT.has(String(g.id)));
}

const equalEarth = () => geoEqualEarth().rotate([-CENTRAL_MERIDIAN, 0]);

/**
 * Projects the countries with Equal Earth (areas stay comparable, which a choropleth of amounts
 * needs) fitted to a width; the height follows from the shape of the world without Antarctica.
 * A few hundred milliseconds of script: the app ships its result for the map's width
 * (world-map.json, `npm run generate:world-map`) rather than compute it on every load.
 */
export function projectWorldShapes(topology: WorldTopology, width: number): ProjectedWorld {
  const geometries = keptGeometries(topology);
  const kept: GeometryCollection<{ name: string }> = { type: 'GeometryCollection', geometries };
  const countries = feature(topology, kept) as FeatureCollection<Geometry, { name: string }>;
  const projection = equalEarth().fitWidth(width, countries);
  const path = geoPath(projection).digits(1);
  const height = Math.ceil(path.bounds(countries)[1][1]) + 1;
  const shapes = countries.features.map((f, i) => {
    const g = geometries[i]!;
    return {
      code: codeOf(g),
      atlasName: nameOf(g) ?? '',
      d: path(f) ?? '',
      anchor: anchorOf(path, f),
    };
  });
  const borders = mesh(
    topology,
    kept,
    (a, b) => a !== b && regionKey(a as CountryGeometry) !== regionKey(b as CountryGeometry),
  );
  const [x, y] = projection.translate();
  return {
    width,
    height,
    scale: projection.scale(),
    translate: [x, y],
    shapes,
    regionBorders: path(borders) ?? '',
  };
}

/**
 * The map of a projected world: its shapes, and the outline of any set of its countries (a
 * region, the states a filter keeps), merged from the topology and drawn with the same projection.
 */
export function worldMapOf(topology: WorldTopology, projected: ProjectedWorld): WorldMap {
  const geometries = keptGeometries(topology);
  const path = geoPath(equalEarth().scale(projected.scale).translate(projected.translate)).digits(
    1,
  );
  const outline = (codes: ReadonlySet<string>) => {
    const chosen = geometries.filter((g) => {
      const code = codeOf(g);
      return code !== undefined && codes.has(code);
    }) as (Polygon | MultiPolygon)[];
    return chosen.length === 0 ? '' : (path(merge(topology, chosen)) ?? '');
  };
  const { width, height, shapes, regionBorders } = projected;
  return { width, height, shapes, regionBorders, outline };
}

/** The world projected to a width, with its outlines: projectWorldShapes, then worldMapOf. */
export function projectWorld(topology: WorldTopology, width: number): WorldMap {
  return worldMapOf(topology, projectWorldShapes(topology, width));
}

/**
 * Where a tooltip points: the centre of the country's largest part, so that a country in
 * several pieces (an archipelago, or one cut by the antimeridian) is not pointed at the sea.
 */
export function anchorOf(path: GeoPath, f: Feature<Geometry>): [number, number] {
  const g = f.geometry;
  const parts: Feature<GeoPolygon | GeoMultiPolygon>[] =
    g.type === 'MultiPolygon'
      ? g.coordinates.map((coordinates) => ({
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates },
        }))
      : [f as Feature<GeoPolygon>];
  let best = parts[0]!;
  let bestArea = -1;
  for (const part of parts) {
    const area = path.area(part);
    if (area > bestArea) [best, bestArea] = [part, area];
  }
  const [x, y] = path.centroid(best);
  return [round1(x), round1(y)];
}

const round1 = (v: number) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : 0);
