import { describe, expect, it } from 'vitest';
import { regionOfCountry } from '@/domain/codes/countries';
import { PROJECT_ID_PREFIX, type ProjectTypeCode } from '@/domain/codes/project-types';
import { regions } from '@/domain/codes/regions';
import { parseProjectSummaries } from '@/domain/parse-record';
import { firstDay, lastDay, parsePartialDate } from '@/domain/partial-date';
import {
  createPortfolioGenerator,
  generatedMeta,
  generatePortfolio,
  SAMPLE_AS_OF,
} from './generate-portfolio';

const sample = generatePortfolio({ count: 5000, seed: 3 });
const asOfDay = lastDay(SAMPLE_AS_OF);

describe('generatePortfolio: determinism and size', () => {
  it('gives identical JSON bytes for the same options, and a different portfolio for another seed', () => {
    const a = JSON.stringify(generatePortfolio({ count: 600, seed: 42 }));
    const b = JSON.stringify(generatePortfolio({ count: 600, seed: 42 }));
    const c = JSON.stringify(generatePortfolio({ count: 600, seed: 43 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it.each([0, 1, 10, 600, 5000])('honours count = %i', (count) => {
    const portfolio = generatePortfolio({ count, seed: 5 });
    expect(portfolio.projects).toHaveLength(count);
    expect(portfolio.meta.projectCount).toBe(count);
  });

  it('defaults to 600 projects, 40 news items and a fixed data date', () => {
    const portfolio = generatePortfolio();
    expect(portfolio.projects).toHaveLength(600);
    expect(portfolio.news).toHaveLength(40);
    expect(portfolio.meta).toMatchObject({
      asOf: '2026-10-31',
      currency: 'USD',
      projectCount: 600,
    });
  });

  it('rejects a negative or fractional count', () => {
    expect(() => generatePortfolio({ count: -1 })).toThrow(RangeError);
    expect(() => generatePortfolio({ count: 2.5 })).toThrow(RangeError);
  });

  // Its speed is measured by `npm run bench`, not asserted here: a busy machine is not a bug.
  it('generates 100,000 projects with distinct ids', () => {
    const { projects } = generatePortfolio({ count: 100_000, seed: 9 });
    expect(projects).toHaveLength(100_000);
    expect(new Set(projects.map((p) => p.id)).size).toBe(100_000);
  });
});

describe('generatePortfolio: the real record', () => {
  it('includes RR.0083 with the facts of its project page', () => {
    const matches = sample.projects.filter((p) => p.id === 'RR.0083');
    expect(matches).toHaveLength(1);
    // Funders and spending are sample values (funding.test.ts); the page's facts are these.
    const {
      description,
      funders: _funders,
      committedUsd: _committed,
      disbursedUsd: _disbursed,
      spentUsd: _spent,
      spendingByYear: _byYear,
      ...facts
    } = matches[0]!;
    expect(facts).toEqual({
      id: 'RR.0083',
      primaId: 'CN10P0503',
      title: 'Preliminary steps: pre-feasibility of an AVRR programme in China',
      startDate: '2019',
      endDate: '2023',
      status: 'completed',
      type: 'avrr',
      budgetUsd: 200000,
      coverage: 'national',
      year: 2019,
      region: 'asia-oceania',
      countries: ['CN'],
    });
    expect(description).toMatch(/National Immigration Administration/);
  });

  it('includes RR.0083 even in a tiny portfolio', () => {
    expect(generatePortfolio({ count: 1 }).projects.map((p) => p.id)).toEqual(['RR.0083']);
  });
});

describe('generatePortfolio: rules of DESIGN §3', () => {
  it('passes the record parser with nothing rejected', () => {
    const parsed = parseProjectSummaries(sample.projects, sample.meta.asOf);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.projects).toHaveLength(sample.projects.length);
  });

  it('keeps national budgets within 50k–200k and regional and global ones within 100k–300k', () => {
    for (const p of sample.projects) {
      const [min, max] = p.coverage === 'national' ? [50_000, 200_000] : [100_000, 300_000];
      expect(p.budgetUsd, p.id).toBeGreaterThanOrEqual(min);
      expect(p.budgetUsd, p.id).toBeLessThanOrEqual(max);
      expect((p.budgetUsd ?? Number.NaN) % 100, p.id).toBe(0);
    }
    const distinct = new Set(sample.projects.map((p) => p.budgetUsd));
    expect(distinct.size).toBeGreaterThan(100);
  });

  it('names only states of the project’s region, and several regions for global projects', () => {
    for (const p of sample.projects) {
      if (p.coverage === 'global') {
        expect(p.region).toBe('global');
        expect(new Set(p.countries.map(regionOfCountry)).size, p.id).toBeGreaterThanOrEqual(2);
      } else {
        expect(p.region).not.toBe('global');
        for (const c of p.countries) expect(regionOfCountry(c), `${p.id} ${c}`).toBe(p.region);
        const [fewest, most] = p.coverage === 'national' ? [1, 1] : [2, 6];
        expect(p.countries.length, p.id).toBeGreaterThanOrEqual(fewest);
        expect(p.countries.length, p.id).toBeLessThanOrEqual(most);
      }
      expect(new Set(p.countries).size).toBe(p.countries.length);
    }
  });

  it('covers every region, every funding year 2001–2026 and never the import-only type', () => {
    expect(new Set(sample.projects.map((p) => p.region))).toEqual(new Set(regions.codes));
    const years = new Set(sample.projects.map((p) => p.year));
    for (let y = 2001; y <= 2026; y++) expect(years.has(y), String(y)).toBe(true);
    expect(Math.min(...years)).toBe(2001);
    expect(Math.max(...years)).toBe(2026);
    expect(sample.projects.some((p) => p.type === 'other')).toBe(false);
  });

  it('gives unique ids prefixed by the type, and Prima IDs shaped like CN10P0503', () => {
    const ids = sample.projects.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of sample.projects) {
      expect(p.id).toMatch(/^[A-Z]{2}\.\d{4}$/);
      expect(p.id.slice(0, 2), p.id).toBe(PROJECT_ID_PREFIX[p.type as ProjectTypeCode]);
      expect(p.primaId).toMatch(/^[A-Z]{2}\d{2}[A-Z]\d{4}$/);
    }
  });

  it('makes status agree with the dates and the data date', () => {
    for (const p of sample.projects) {
      expect(firstDay(p.startDate), p.id).toBeLessThanOrEqual(asOfDay);
      const ended = p.endDate !== undefined && lastDay(p.endDate) < asOfDay;
      expect(p.status, `${p.id} ${p.endDate}`).toBe(ended ? 'completed' : 'ongoing');
    }
    const openEnded = sample.projects.filter((p) => p.endDate === undefined);
    expect(openEnded.length).toBeGreaterThan(0);
    expect(openEnded.length).toBeLessThan(sample.projects.length * 0.05);
  });

  it('runs projects for one to four years, in year-only, year-month and full dates', () => {
    const precisions = new Set<string>();
    for (const p of sample.projects) {
      if (!p.endDate) continue;
      const start = parsePartialDate(p.startDate)!;
      const end = parsePartialDate(p.endDate)!;
      const precision =
        start.day !== undefined ? 'day' : start.month !== undefined ? 'month' : 'year';
      precisions.add(precision);
      expect(end.year - start.year, p.id).toBeLessThanOrEqual(4);
      if (precision === 'day') {
        const days = lastDay(p.endDate) - firstDay(p.startDate) + 1;
        expect(days, p.id).toBeGreaterThanOrEqual(365);
        expect(days, p.id).toBeLessThanOrEqual(4 * 366);
      }
    }
    expect(precisions).toEqual(new Set(['year', 'month', 'day']));
  });

  it('writes believable titles and 2–4 sentence descriptions, a few of them in French', () => {
    for (const p of sample.projects) {
      expect(p.title.length, p.id).toBeGreaterThan(15);
      const sentences = p.description.split(/(?<=\.)\s+/);
      if (p.id !== 'RR.0083') expect(sentences.length, p.id).toBeGreaterThanOrEqual(2);
      if (p.id !== 'RR.0083') expect(sentences.length, p.id).toBeLessThanOrEqual(4);
    }
    const french = sample.projects.filter((p) => /[éèêàçœ]/.test(p.title));
    expect(french.length).toBeGreaterThan(0);
    expect(french.length).toBeLessThan(sample.projects.length * 0.15);
  });
});

describe('createPortfolioGenerator', () => {
  it('gives the portfolio generatePortfolio gives, however it is sliced', () => {
    const whole = generatePortfolio({ count: 3000, seed: 11 });
    const generator = createPortfolioGenerator({ count: 3000, seed: 11 });
    expect(generator.meta).toStrictEqual(whole.meta);
    for (const until of [1, 7, 700, 701, 2999]) {
      expect(generator.generate(until)).toBe(false);
      expect(generator.projects).toHaveLength(until);
    }
    expect(generator.generate(5000)).toBe(true);
    expect(generator.news()).toStrictEqual(whole.news);
    expect(generator.projects).toStrictEqual(whole.projects);
  });

  it('knows the meta before generating, for every count', () => {
    for (const count of [0, 1, 2, 600])
      expect(generatedMeta({ count, seed: 2 })).toStrictEqual(
        generatePortfolio({ count, seed: 2 }).meta,
      );
  });
});
