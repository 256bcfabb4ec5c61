import { describe, expect, it } from 'vitest';
import type { PivotModel } from './pivot-model';
import { pivotModel } from './pivot-model';
import { choosePrintLayout, formatAmount, printedWidthPx, PRINT_WIDTH_PX } from './print-layout';
import { testView } from './budget.test-utils';

const NNBSP = '\u202f';

describe('formatAmount', () => {
  it('writes full amounts, thousands and millions per language', () => {
    expect(formatAmount(1_234_567, 'full', 'en')).toBe('1,234,567');
    expect(formatAmount(1_234_567, 'full', 'fr')).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatAmount(100_000 / 3, 'full', 'en')).toBe('33,333');
    expect(formatAmount(1_234_567, 'thousands', 'en')).toBe('1,235');
    expect(formatAmount(1_240_000, 'millions', 'en')).toBe('1.2');
    expect(formatAmount(1_240_000, 'millions', 'fr')).toBe('1,2');
    expect(formatAmount(20_000_000, 'millions', 'en')).toBe('20.0');
    expect(formatAmount(1_234_567, 'full', 'es')).toBe('1.234.567');
    expect(formatAmount(1_240_000, 'millions', 'es')).toBe('1,2');
    expect(formatAmount(30_000, 'millions', 'es')).toBe('<0,1');
  });

  it('shows nothing as a dash and a small amount as "less than" rather than zero', () => {
    expect(formatAmount(0, 'full', 'en')).toBe('–');
    expect(formatAmount(0.3, 'thousands', 'en')).toBe('–');
    expect(formatAmount(400, 'thousands', 'en')).toBe('<1');
    expect(formatAmount(30_000, 'millions', 'en')).toBe('<0.1');
    expect(formatAmount(30_000, 'millions', 'fr')).toBe('<0,1');
    expect(formatAmount(60_000, 'millions', 'en')).toBe('0.1');
  });
});

/** A pivot of `years` funding years whose every cell holds `cell`. */
function uniformModel(years: number, rows: number, cell: number): PivotModel {
  const yearList = Array.from({ length: years }, (_, i) => 2001 + i);
  return {
    dimension: 'region',
    years: yearList,
    rows: Array.from({ length: rows }, (_, r) => ({
      key: `r${r}`,
      kind: 'row',
      cells: yearList.map(() => cell),
      total: cell * years,
      count: 1,
    })),
    columnTotals: yearList.map(() => cell * rows),
    grandTotal: cell * rows * years,
  };
}

describe('printedWidthPx', () => {
  it('adds the label column and each column at its widest text in the print font', () => {
    // 7 pt = 9.333 px; "2019" 4 digits = 1.824 em, "1,000" = 2.052 em, "Total" = 2.5 em; 1.5 px padding each side.
    const model = uniformModel(1, 1, 1_000);
    model.years = [2019];
    const expected = 80 + (2.052 * 28) / 3 + 3 + (2.5 * 28) / 3 + 3;
    expect(printedWidthPx(model, { unit: 'full', fontPt: 7 }, 'en', 'Total')).toBeCloseTo(
      expected,
      6,
    );
  });
});

describe('choosePrintLayout', () => {
  it('prints full amounts when a few years fit the page', () => {
    const view = testView();
    expect(
      choosePrintLayout(pivotModel(view.pivots.region, 'region', view.byYear), 'en', 'Total'),
    ).toEqual({ unit: 'full', fontPt: 7 });
  });

  it('prints 26 years of a USD 100 million portfolio in thousands, within the page width', () => {
    const model = uniformModel(26, 6, 1_300_000);
    const layout = choosePrintLayout(model, 'en', 'Total');
    expect(layout.unit).toBe('thousands');
    expect(printedWidthPx(model, layout, 'en', 'Total')).toBeLessThanOrEqual(PRINT_WIDTH_PX);
    expect(printedWidthPx(model, { unit: 'full', fontPt: 7 }, 'en', 'Total')).toBeGreaterThan(
      PRINT_WIDTH_PX,
    );
  });

  it('falls back to millions when thousands would be too wide', () => {
    const layout = choosePrintLayout(uniformModel(26, 6, 900_000_000), 'fr', 'Total');
    expect(layout.unit).toBe('millions');
  });
});
