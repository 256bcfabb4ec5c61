import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A filter change redraws the charts at once (DESIGN §10): no recharts series or tooltip
 * animates. Every such element in the app's source says isAnimationActive={false}.
 */

const ANIMATED = /<(Bar|Line|Area|Pie|Scatter|Radar|RadialBar|Funnel|Treemap|Tooltip)\b/g;

/** The attributes of the JSX element opening at `start`: up to its `>` outside any braces. */
function attributesAt(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (char === '>' && depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('the charts', () => {
  it('animate nothing', () => {
    const charts = sources('src').filter((file) =>
      readFileSync(file, 'utf8').includes("from 'recharts'"),
    );
    expect(charts.length).toBeGreaterThan(0);
    const animated = charts.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(ANIMATED)]
        .filter((match) => !attributesAt(text, match.index).includes('isAnimationActive={false}'))
        .map(([element]) => `${file}: ${element}`);
    });
    expect(animated).toEqual([]);
  });
});
