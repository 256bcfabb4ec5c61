import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/hooks/i18n';
import type { DisplayRow } from '../lib/pivot-display';
import type { PivotModel, PivotRow } from '../lib/pivot-model';
import { PivotTable } from './pivot-table';

/* The pivot across filter clicks: other rows and years are written into the table's elements. */

const row = (key: string, cells: number[]): PivotRow => ({
  key,
  kind: 'row',
  cells,
  total: cells.reduce((s, v) => s + v, 0),
  count: 0,
});
const display = (r: PivotRow, label: string): DisplayRow => ({
  row: r,
  id: `${r.kind}:${r.key}`,
  label,
  screen: true,
  print: true,
});
const model = (years: number[], rows: PivotRow[]): PivotModel => ({
  dimension: 'country',
  years,
  rows,
  columnTotals: years.map((_, i) => rows.reduce((s, r) => s + r.cells[i]!, 0)),
  grandTotal: rows.reduce((s, r) => s + r.total, 0),
});
const table = (m: PivotModel, labels: string[]) => (
  <PivotTable
    model={m}
    rows={m.rows.map((r, i) => display(r, labels[i]!))}
    lang="en"
    print={{ unit: 'full', fontPt: 7 }}
  />
);

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('PivotTable', () => {
  it('writes other countries and years into the same rows and cells', () => {
    const first = model([2021, 2022], [row('KE', [100, 200]), row('GH', [50, 0])]);
    const { rerender } = render(table(first, ['Kenya', 'Ghana']));
    const before = screen.getAllByRole('row');
    const kenya = screen.getByRole('rowheader', { name: 'Kenya' }).closest('tr')!;
    expect(
      within(kenya)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['100', '200', '300']);

    // Another region's countries, over other years.
    const second = model([2022, 2023], [row('SN', [10, 20]), row('ML', [5, 5])]);
    rerender(table(second, ['Senegal', 'Mali']));
    const after = screen.getAllByRole('row');
    expect(after).toHaveLength(before.length);
    after.forEach((tr, i) => expect(tr).toBe(before[i]));
    expect(screen.getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Country',
      '2022',
      '2023',
      'Total',
    ]);
    const senegal = screen.getByRole('rowheader', { name: 'Senegal' }).closest('tr')!;
    expect(senegal).toBe(kenya);
    expect(
      within(senegal)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['10', '20', '30']);
    expect(screen.queryByRole('rowheader', { name: 'Kenya' })).toBeNull();
  });
});
