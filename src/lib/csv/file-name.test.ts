import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '@/domain/filters';
import { csvFileName } from './file-name';

const filters = (patch: Partial<Filters>): Filters => ({ ...emptyFilters(), ...patch });

describe('csvFileName', () => {
  it('names the date and the filters', () => {
    const name = csvFileName({
      filters: filters({ region: ['asia-oceania'], status: ['completed'] }),
      date: new Date(2026, 10, 23),
    });
    expect(name).toBe('portfolio-2026-11-23-region-asia-oceania-status-completed.csv');
  });

  it('says "all" when nothing is filtered', () => {
    expect(csvFileName({ filters: emptyFilters(), date: '2026-11-23' })).toBe(
      'portfolio-2026-11-23-all.csv',
    );
  });

  it('joins several values, ranges and text with safe characters only', () => {
    const name = csvFileName({
      filters: filters({
        country: ['CN', 'FR'],
        year: [2019],
        from: 2018,
        to: 2020,
        budgetMin: 50000,
        q: 'Réintégration / "Chine"',
      }),
      date: '2026-01-05',
      ext: 'csv',
    });
    expect(name).toBe(
      'portfolio-2026-01-05-country-cn_fr-year-2019-from-2018-to-2020-budgetmin-50000-q-reintegration-chine.csv',
    );
  });

  it('caps the length at a word boundary and says it did', () => {
    const name = csvFileName({
      filters: filters({
        q: 'word '.repeat(100),
        type: ['avrr', 'counter-trafficking', 'labour-migration'],
      }),
      date: '2026-11-23',
    });
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name).toMatch(
      /^portfolio-2026-11-23-type-avrr_counter-trafficking_labour-migration-q-(word-)*word-etc\.csv$/,
    );
    expect(name).toMatch(/^[a-z0-9._-]+$/);
  });
});
