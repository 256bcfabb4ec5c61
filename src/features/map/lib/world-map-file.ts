import type { ProjectedWorld } from './project-world';

/** Width of the map's drawing box; the SVG scales to its container. */
export const MAP_WIDTH = 960;

/** The projected world the app ships, from the project's root (scripts/generate-world-map.ts). */
export const WORLD_MAP_FILE = 'src/features/map/lib/world-map.json';

/** A shape as the file holds it: a shape the code table does not know has a null code. */
interface ShapeInFile {
  code: string | null;
  atlasName: string;
  d: string;
  anchor: number[];
}

/** What the file holds. */
export interface WorldMapInFile {
  width: number;
  height: number;
  scale: number;
  translate: number[];
  regionBorders: string;
  shapes: ShapeInFile[];
}

/** The file's text: one shape per line, so a change of boundaries reads as a diff of shapes. */
export function worldMapText(projected: ProjectedWorld): string {
  const { shapes, ...rest } = projected;
  const head = JSON.stringify(rest).slice(0, -1);
  const lines = shapes.map(({ code, atlasName, d, anchor }) =>
    JSON.stringify({ code: code ?? null, atlasName, d, anchor }),
  );
  return `${head},"shapes":[\n${lines.join(',\n')}\n]}\n`;
}

/** The projected world a file holds. */
export function worldMapFromFile(file: WorldMapInFile): ProjectedWorld {
  const pair = ([x = 0, y = 0]: number[]): [number, number] => [x, y];
  return {
    width: file.width,
    height: file.height,
    scale: file.scale,
    translate: pair(file.translate),
    regionBorders: file.regionBorders,
    shapes: file.shapes.map(({ code, atlasName, d, anchor }) => ({
      code: code ?? undefined,
      atlasName,
      d,
      anchor: pair(anchor),
    })),
  };
}
