import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import { COUNTRIES_BY_REGION, COUNTRY_CODES } from '@/domain/codes/countries';
import { isDrawn } from './iso-numeric';
import { projectWorld, type WorldTopology } from './project-world';

const map = projectWorld(world as unknown as WorldTopology, 960);
const shapeOf = (code: string) => map.shapes.find((s) => s.code === code);

/** The bounding box of a path's coordinates (every number pair after a command letter). */
function boxOf(d: string): [number, number, number, number] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('projectWorld', () => {
  it('fits the world without Antarctica into the width, wider than tall', () => {
    expect(map.width).toBe(960);
    expect(map.height).toBeGreaterThan(350);
    expect(map.height).toBeLessThan(520);
    expect(map.shapes.some((s) => s.atlasName === 'Antarctica')).toBe(false);
    for (const s of map.shapes) {
      const [x0, y0, x1, y1] = boxOf(s.d);
      expect(x0).toBeGreaterThanOrEqual(-0.5);
      expect(y0).toBeGreaterThanOrEqual(-0.5);
      expect(x1).toBeLessThanOrEqual(960.5);
      expect(y1).toBeLessThanOrEqual(map.height + 0.5);
    }
  });

  it('draws every state the table says it draws, Kosovo included', () => {
    const drawn = COUNTRY_CODES.filter(isDrawn);
    expect(drawn).toContain('XK');
    for (const code of drawn) expect(shapeOf(code)?.d, code).toMatch(/^M/);
  });

  it('places states where they are: China east of Turkey, Chile south of Mexico', () => {
    const [cnX] = shapeOf('CN')!.anchor;
    const [trX] = shapeOf('TR')!.anchor;
    const [, clY] = shapeOf('CL')!.anchor;
    const [, mxY] = shapeOf('MX')!.anchor;
    expect(cnX).toBeGreaterThan(trX);
    expect(clY).toBeGreaterThan(mxY);
  });

  it('anchors each tooltip inside the state’s own box, even for states in many pieces', () => {
    for (const code of ['CN', 'ID', 'PH', 'FJ', 'CL', 'XK']) {
      const [x, y] = shapeOf(code)!.anchor;
      const [x0, y0, x1, y1] = boxOf(shapeOf(code)!.d);
      expect(x, code).toBeGreaterThanOrEqual(x0);
      expect(x, code).toBeLessThanOrEqual(x1);
      expect(y, code).toBeGreaterThanOrEqual(y0);
      expect(y, code).toBeLessThanOrEqual(y1);
    }
  });

  it('draws region borders and the outline of each region', () => {
    expect(map.regionBorders).toMatch(/^M/);
    for (const codes of Object.values(COUNTRIES_BY_REGION))
      expect(map.outline(new Set(codes))).toMatch(/^M/);
    expect(map.outline(new Set())).toBe('');
    expect(map.outline(new Set(['TV']))).toBe('');
  });
});
