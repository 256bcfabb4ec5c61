import { describe, expect, it } from 'vitest';
import { classColours, NO_PROJECTS_COLOUR, SEQUENTIAL } from './colours';

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('classColours', () => {
  it('goes from light to dark, so more is always darker, for every number of classes', () => {
    for (let n = 2; n <= SEQUENTIAL.length; n++) {
      const colours = classColours(n);
      expect(colours).toHaveLength(n);
      expect(new Set(colours).size).toBe(n);
      for (let i = 1; i < n; i++)
        expect(luminance(colours[i]!)).toBeLessThan(luminance(colours[i - 1]!));
    }
  });

  it('keeps the grey of states without projects apart from every class colour', () => {
    expect(SEQUENTIAL).not.toContain(NO_PROJECTS_COLOUR);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(NO_PROJECTS_COLOUR.slice(i, i + 2), 16));
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(16); // neutral
  });
});
