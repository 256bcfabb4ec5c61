import { describe, expect, it } from 'vitest';
import { createEngine } from '@/domain/engine/engine';
import { emptyFilters, type Filters } from '@/domain/filters';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import type { ProjectSummary } from '@/domain/project';
import { countryData, measureOf, scaleFor, sortByMeasure } from './map-data';

const projects: ProjectSummary[] = generatePortfolio({ count: 600, seed: 1 }).projects;
const engine = createEngine(projects);
const view = (filters: Partial<Filters> = {}) =>
  engine.compute({ ...emptyFilters(), ...filters }, [], 'en');

/** Equal split written out directly over the projects: the oracle the map's numbers must match. */
function equalSplit(
  matching: readonly ProjectSummary[],
): Map<string, { budget: number; count: number }> {
  const totals = new Map<string, { budget: number; count: number }>();
  for (const p of matching) {
    for (const c of p.countries) {
      const t = totals.get(c) ?? { budget: 0, count: 0 };
      t.budget += (p.budgetUsd ?? 0) / p.countries.length;
      t.count += 1;
      totals.set(c, t);
    }
  }
  return totals;
}

describe('the map data', () => {
  it('has one state per country bin, with the bin’s budget and count', () => {
    const v = view();
    const data = countryData(v.byCountry, 'en');
    expect(data.map((d) => [d.code, d.budget, d.count])).toEqual(
      v.byCountry.map((b) => [b.key, b.budget, b.count]),
    );
  });

  it('equals an equal split of the matching projects, for the whole portfolio and under filters', () => {
    for (const filters of [
      {},
      { region: ['africa'] },
      { country: ['CN'] },
      { coverage: ['global'] },
    ] as Partial<Filters>[]) {
      const v = view(filters);
      const expected = equalSplit([...v.rows].map((i) => projects[i]!));
      const data = countryData(v.byCountry, 'en');
      expect(data).toHaveLength(expected.size);
      for (const d of data) {
        expect(d.budget).toBeCloseTo(expected.get(d.code)!.budget, 4);
        expect(d.count).toBe(expected.get(d.code)!.count);
      }
    }
  });

  it('gives each state the whole budget of its projects: what filtering by the state totals', () => {
    const v = view({ region: ['asia-oceania'] });
    const data = countryData(v.byCountry, 'en');
    const china = data.find((d) => d.code === 'CN')!;
    const filtered = view({ region: ['asia-oceania'], country: ['CN'] });
    expect(china.projectsTotal).toBe(filtered.kpis.totalBudget);
    // Some of China's projects are shared with other states: its equal share is smaller.
    expect(china.budget).toBeLessThan(china.projectsTotal);
    for (const d of data) expect(d.projectsTotal).toBeGreaterThanOrEqual(d.budget - 1e-6);
  });

  it('counts a project once in a state its list names twice', () => {
    const twice = [
      { ...projects[0]!, countries: ['KE', 'KE', 'UG'], budgetUsd: 90 },
      { ...projects[1]!, countries: ['KE'], budgetUsd: 10 },
    ];
    const v = createEngine(twice).compute(emptyFilters(), [], 'en');
    const byCode = new Map(countryData(v.byCountry, 'en').map((d) => [d.code, d]));
    expect(byCode.get('KE')!.projectsTotal).toBe(100);
    expect(byCode.get('UG')!.projectsTotal).toBe(90);
  });

  it('adds up to the total budget of the matching projects', () => {
    const v = view({ region: ['latin-america-caribbean'] });
    const sum = countryData(v.byCountry, 'en').reduce((s, d) => s + d.budget, 0);
    expect(sum).toBeCloseTo(v.kpis.totalBudget, 2);
  });

  it('names states and regions in the language, and knows which ones are too small to draw', () => {
    const bins = [
      { key: 'CN', budget: 200_000, count: 1, projectsTotal: 200_000 },
      { key: 'TV', budget: 50_000, count: 1, projectsTotal: 50_000 },
    ];
    const [china, tuvalu] = countryData(bins, 'fr');
    expect(china).toMatchObject({ name: 'Chine', region: 'asia-oceania', drawn: true });
    expect(tuvalu).toMatchObject({ name: 'Tuvalu', drawn: false });
  });

  it('sorts and scales by the chosen measure', () => {
    const data = countryData(
      [
        { key: 'TR', budget: 900_000, count: 2, projectsTotal: 900_000 },
        { key: 'MA', budget: 300_000, count: 9, projectsTotal: 300_000 },
        { key: 'EG', budget: 300_000, count: 1, projectsTotal: 300_000 },
      ],
      'en',
    );
    expect(sortByMeasure(data, 'budget', 'en').map((d) => d.code)).toEqual(['TR', 'EG', 'MA']);
    expect(sortByMeasure(data, 'projects', 'en').map((d) => d.code)).toEqual(['MA', 'TR', 'EG']);
    expect(measureOf(data[1]!, 'projects')).toBe(9);
    expect(scaleFor(data, 'budget').uppers.at(-1)).toBeGreaterThanOrEqual(900_000);
    expect(scaleFor(data, 'projects').uppers.every(Number.isInteger)).toBe(true);
  });
});
