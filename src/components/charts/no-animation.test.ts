import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A filter change redraws the charts at once (DESIGN §10): every chart is plain SVG drawn from
 * its figures (src/components/charts/chart-frame.tsx), with no chart library whose series and
 * tooltips animate, and no SVG animation element.
 */

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('the charts', () => {
  const files = sources('src');

  it('are drawn without a chart library', () => {
    expect(files.length).toBeGreaterThan(0);
    const library = files.filter((file) =>
      /from 'recharts(\/[^']*)?'/.test(readFileSync(file, 'utf8')),
    );
    expect(library).toEqual([]);
  });

  it('animate nothing', () => {
    const animated = files.filter((file) =>
      /<(animate|animateTransform|animateMotion)\b/.test(readFileSync(file, 'utf8')),
    );
    expect(animated).toEqual([]);
  });
});
