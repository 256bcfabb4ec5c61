import { describe, expect, it } from 'vitest';
import { collapseRows, pivotModel, rowKeyLabel } from './pivot-model';
import { testView } from './budget.test-utils';

const third = 100_000 / 3;

function model(dimension: 'region' | 'type' | 'country', filters = {}) {
  const view = testView(filters);
  return pivotModel(view.pivots[dimension], dimension, view.byYear);
}

describe('pivotModel', () => {
  it('has a row per region in list order, by funding year, adding up to the total', () => {
    const m = model('region');
    expect(m.years).toEqual([2019, 2020, 2021, 2022, 2024]);
    expect(m.rows.map((r) => [r.key, r.cells, r.total])).toEqual([
      ['africa', [100_000, 0, 300_000, 0, 0], 400_000],
      ['asia-oceania', [200_000, 0, 0, 250_000, 0], 450_000],
      ['europe-central-asia', [0, 150_000, 0, 0, 0], 150_000],
      ['middle-east-north-africa', [0, 0, 0, 0, 100_000], 100_000],
      ['global', [0, 0, 90_000, 0, 0], 90_000],
    ]);
    expect(m.columnTotals).toEqual([300_000, 150_000, 390_000, 250_000, 100_000]);
    expect(m.grandTotal).toBe(1_190_000);
  });

  it('splits country budgets equally and puts projects naming no country in their own row', () => {
    const m = model('country');
    const byKey = Object.fromEntries(m.rows.map((r) => [`${r.kind}:${r.key}`, r.total]));
    expect(Object.keys(byKey)).toEqual([
      'row:CN',
      'row:UA',
      'row:GN',
      'row:SN',
      'row:TH',
      'row:VN',
      'row:MA',
      'row:ML',
      'row:KE',
      'unassigned:',
    ]);
    expect(byKey['row:SN']).toBeCloseTo(100_000 + third, 6);
    expect(byKey['row:KE']).toBeCloseTo(third, 6);
    expect(byKey['unassigned:']).toBe(90_000);
    expect(m.rows.at(-1)?.cells).toEqual([0, 0, 90_000, 0, 0]);
    // With the unassigned row the columns are the year totals again, and they add up to the grand total.
    m.columnTotals.forEach((total, i) =>
      expect(total).toBeCloseTo([300_000, 150_000, 390_000, 250_000, 100_000][i]!, 6),
    );
    expect(m.grandTotal).toBe(1_190_000);
  });

  it('adds no unassigned row when every project names a country', () => {
    const m = model('country', { region: ['africa', 'asia-oceania'] });
    expect(m.rows.some((r) => r.kind === 'unassigned')).toBe(false);
    expect(m.grandTotal).toBe(850_000);
  });
});

describe('collapseRows', () => {
  it('keeps the largest rows and adds the rest up in one row, totals unchanged', () => {
    const m = collapseRows(model('country'), 3);
    expect(m.rows.map((r) => (r.kind === 'row' ? r.key : r.kind))).toEqual([
      'CN',
      'UA',
      'GN',
      'other',
      'unassigned',
    ]);
    const other = m.rows[3]!;
    expect(other.count).toBe(6);
    expect(other.total).toBeCloseTo(616_666.67, 1);
    [2 * third, 0, 200_000, 250_000, 100_000].forEach((v, i) =>
      expect(other.cells[i]).toBeCloseTo(v, 6),
    );
    expect(m.rows.reduce((s, r) => s + r.total, 0)).toBeCloseTo(1_190_000, 6);
    expect(m.grandTotal).toBe(1_190_000);
  });

  it('leaves a model with few enough rows as it is', () => {
    const m = model('region');
    expect(collapseRows(m, 5)).toBe(m);
  });
});

describe('rowKeyLabel', () => {
  it('names regions, types and countries in the language', () => {
    expect(rowKeyLabel('region', 'asia-oceania', 'fr')).toBe('Asie et Océanie');
    expect(rowKeyLabel('type', 'counter-trafficking', 'en')).toBe('Counter-trafficking');
    expect(rowKeyLabel('country', 'CN', 'fr')).toBe('Chine');
  });
});
