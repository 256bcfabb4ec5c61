import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/domain/codes';
import { formatUsdCompact } from '@/lib/format';
import { textWidth } from '@/lib/text-width';
import { barsLayout } from './bars-layout';
import { wrapLabel } from './chart-data';

const AVRR_FR =
  'Aide au retour et à la réintégration à l’intention des migrants et des gouvernements';
const bars = [
  { key: 'avrr', label: AVRR_FR, budget: 282_540, count: 3 },
  { key: 'ct', label: 'Lutte contre la traite', budget: 17_912_000, count: 40 },
  { key: 'png', label: 'Papouasie-Nouvelle-Guinée', budget: 191_600, count: 2 },
];

describe('room for bar chart labels', () => {
  it.each(LANGUAGES)('keeps the widest amount whole on the right (%s)', (lang) => {
    const text = (v: number) => formatUsdCompact(v, lang);
    for (const width of [320, 480, 640]) {
      const layout = barsLayout(bars, width, 200, text);
      for (const bar of bars)
        expect(layout.valueRoom).toBeGreaterThan(textWidth(text(bar.budget)) + 5);
    }
  });

  it('fits every category label in its room, wrapped, with more lines on a phone', () => {
    for (const width of [320, 640]) {
      const layout = barsLayout(bars, width, 200, String);
      expect(layout.labelRoom).toBeLessThanOrEqual(Math.ceil(Math.max(80, width * 0.42)));
      for (const bar of bars) {
        const lines = layout.lines.get(bar.label)!;
        for (const line of lines) expect(textWidth(line)).toBeLessThan(layout.labelRoom);
      }
      // Rows are tall enough for the most lines a label took.
      const most = Math.max(...[...layout.lines.values()].map((l) => l.length));
      expect(layout.rowHeight).toBeGreaterThanOrEqual(most * 13);
    }
    expect(barsLayout(bars, 320, 200, String).lines.get(AVRR_FR)!.length).toBe(4);
    expect(barsLayout(bars, 640, 200, String).lines.get(AVRR_FR)!.length).toBe(3);
  });

  it('takes no more room than the longest label needs', () => {
    const short = [{ key: 'x', label: 'Africa', budget: 1, count: 1 }];
    expect(barsLayout(short, 640, 200, String).labelRoom).toBeLessThan(80 + 1);
  });
});

describe('wrapping by measured width', () => {
  it('breaks by the measure given and cuts only what does not fit', () => {
    const measure = (t: string) => t.length * 10;
    expect(wrapLabel('Migration health', 200, 2, measure)).toEqual(['Migration health']);
    expect(wrapLabel('Migration health', 100, 2, measure)).toEqual(['Migration', 'health']);
    const cut = wrapLabel(AVRR_FR, 150, 2, measure);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    for (const line of cut) expect(measure(line)).toBeLessThanOrEqual(150);
  });
});
