import { describe, expect, it } from 'vitest';
import { i18n } from '@/hooks/i18n';
import '../i18n';
import type { PivotModel, PivotRow } from './pivot-model';
import { countriesAddedUp, displayRows, TOP_COUNTRIES } from './pivot-display';

const t = i18n.getFixedT('en', ['budget', 'common']);
const CODES = [
  'CN',
  'FR',
  'DE',
  'IT',
  'ES',
  'PT',
  'NL',
  'BE',
  'LU',
  'AT',
  'CH',
  'PL',
  'CZ',
  'SK',
  'HU',
  'RO',
  'BG',
  'GR',
  'TR',
  'UA',
  'MD',
  'BY',
  'LT',
  'LV',
  'EE',
  'FI',
  'SE',
  'NO',
];

/** Countries with budgets 28, 27, … 1 (thousands) in one year, and 5 (thousands) naming none. */
function countryModel(count: number): PivotModel {
  const rows: PivotRow[] = CODES.slice(0, count).map((key, i) => {
    const amount = (count - i) * 1_000;
    return { key, kind: 'row', cells: [amount], total: amount, count: 1 };
  });
  rows.push({ key: '', kind: 'unassigned', cells: [5_000], total: 5_000, count: 0 });
  const total = rows.reduce((s, r) => s + r.total, 0);
  return { dimension: 'country', years: [2020], rows, columnTotals: [total], grandTotal: total };
}

describe('displayRows', () => {
  it('lists the top countries and adds up the rest, on screen and in print', () => {
    const model = countryModel(28);
    const rows = displayRows(model, false, 'en', t);
    expect(rows).toHaveLength(TOP_COUNTRIES + 2);
    expect(rows.every((r) => r.screen && r.print)).toBe(true);
    const other = rows[TOP_COUNTRIES]!;
    expect(other.label).toBe('Other countries (3)');
    // The three smallest: 3 + 2 + 1 thousand.
    expect(other.row.total).toBe(6_000);
    expect(rows.at(-1)?.label).toBe('No benefiting state named');
    expect(countriesAddedUp(model)).toBe(3);
  });

  it('shows every country on screen when asked, still adding the rest up in print', () => {
    const rows = displayRows(countryModel(28), true, 'en', t);
    expect(rows.filter((r) => r.screen).map((r) => r.row.key)).toEqual([...CODES, '']);
    expect(rows.filter((r) => r.print).map((r) => r.label)).toEqual([
      ...rows.slice(0, TOP_COUNTRIES).map((r) => r.label),
      'Other countries (3)',
      'No benefiting state named',
    ]);
    expect(rows.find((r) => r.label === 'China')?.print).toBe(true);
    expect(rows.find((r) => r.label === 'Norway')?.print).toBe(false);
  });

  it('lists every row when there are few countries or the rows are regions', () => {
    const model = countryModel(TOP_COUNTRIES);
    expect(displayRows(model, false, 'en', t)).toHaveLength(TOP_COUNTRIES + 1);
    expect(countriesAddedUp(model)).toBe(0);
    const regions: PivotModel = { ...countryModel(28), dimension: 'region' };
    expect(countriesAddedUp(regions)).toBe(0);
  });
});
