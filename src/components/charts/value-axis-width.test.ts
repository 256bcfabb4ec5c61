import { describe, expect, it } from 'vitest';
import { textWidth } from '@/lib/text-width';
import { valueAxisWidth } from './value-axis-width';

const compact = (v: number) => `$${v >= 1e9 ? `${v / 1e9}B` : v >= 1e6 ? `${v / 1e6}M` : v}`;

describe('valueAxisWidth', () => {
  it('leaves room for the widest tick label, the top tick above the largest value included', () => {
    // 0 … 1.1B in 5 ticks: a 0.5B step, so the top tick is "$1.5B", wider than "$1.1B".
    const width = valueAxisWidth(1.1e9, 5, compact);
    expect(width).toBeGreaterThanOrEqual(Math.ceil(textWidth('$1.5B', 12)) + 8);
    expect(width).toBeGreaterThanOrEqual(Math.ceil(textWidth('$1.1B', 12)) + 8);
  });

  it('grows with longer labels and has room for "0" when there is nothing to draw', () => {
    expect(valueAxisWidth(2.5e8, 5, compact)).toBeGreaterThan(valueAxisWidth(8, 5, compact));
    expect(valueAxisWidth(0, 5, compact)).toBeGreaterThanOrEqual(Math.ceil(textWidth('$0')) + 8);
  });
});
