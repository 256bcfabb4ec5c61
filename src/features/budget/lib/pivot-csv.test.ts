import { describe, expect, it } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { tableToCsv } from '@/lib/csv/export';
import '../i18n';
import { pivotCsvTable } from './pivot-csv';
import { pivotModel } from './pivot-model';
import { testView } from './budget.test-utils';

const view = testView();
const table = (dimension: 'region' | 'country', lang: 'en' | 'fr' = 'en') =>
  pivotCsvTable(
    pivotModel(view.pivots[dimension], dimension, view.byYear),
    lang,
    i18n.getFixedT(lang, ['budget', 'common']),
  );

describe('pivotCsvTable', () => {
  it('writes codes and labels apart, raw amounts and the totals row last', () => {
    const { header, rows } = table('region');
    expect(header).toEqual(['Code', 'Region', '2019', '2020', '2021', '2022', '2024', 'Total']);
    expect(rows[0]).toEqual(['africa', 'Africa', 100_000, 0, 300_000, 0, 0, 400_000]);
    expect(rows.at(-1)).toEqual([
      '',
      'Total',
      300_000,
      150_000,
      390_000,
      250_000,
      100_000,
      1_190_000,
    ]);
    expect(tableToCsv(header, rows, ',').split('\r\n')[1]).toBe(
      'africa,Africa,100000,0,300000,0,0,400000',
    );
  });

  it('lists every country with shares to the cent, and the projects naming none', () => {
    const { header, rows } = table('country', 'fr');
    expect(header.slice(0, 2)).toEqual(['Code', 'Pays']);
    expect(rows).toHaveLength(9 + 1 + 1);
    expect(rows.find((r) => r[0] === 'KE')).toEqual([
      'KE',
      'Kenya',
      33_333.33,
      0,
      0,
      0,
      0,
      33_333.33,
    ]);
    expect(rows.find((r) => r[0] === 'SN')?.at(-1)).toBe(133_333.33);
    expect(rows.at(-2)).toEqual([
      '',
      'Aucun État bénéficiaire indiqué',
      0,
      0,
      90_000,
      0,
      0,
      90_000,
    ]);
    expect(rows.at(-1)?.at(-1)).toBe(1_190_000);
  });
});
