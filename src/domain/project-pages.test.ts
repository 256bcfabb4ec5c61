import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { encodeProjectColumns } from '@backend/project-columns-encode';
import { hostileRecords } from '@mocks/data/hostile-records';
import { invalidRecordCases } from '@mocks/data/invalid-records';
import { jsonNumbersOf } from './json-numbers';
import { columnPageSteps } from './parse-columns';
import { createSummaryValidator, parseProjectSummaries, type ParseOptions } from './parse-record';
import type { ProjectSummary } from './project';
import { anyPageSchema, createPageIngest, parseAnyPage, recordsOfPage } from './project-pages';

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A column page of generated summaries, as JSON.parse gives it. */
function columnPage(count = 300): Record<string, unknown> {
  const records = generatePortfolio({ count, seed: 4, newsCount: 0 }).projects.map(
    ({ description: _d, ...summary }) => summary,
  );
  records.push({ ...records[0]!, budgetUsd: 'lots' as unknown as number }); // an irregular one
  return viaJson({
    total: records.length,
    offset: 0,
    limit: 50_000,
    format: 'columns',
    ...encodeProjectColumns(records),
  }) as Record<string, unknown>;
}

/**
 * A copy of the page with its columns' lists of numbers as typed arrays, as the demo build's mock
 * API sends a page: whole numbers an Int32Array, other lists a Float64Array with NaN for null.
 */
function typedPage(page: Record<string, unknown>): Record<string, unknown> {
  // Amounts (the fields ending in Usd) are a Float64Array as the mock API sends them, whole or not.
  const convert = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) {
      if (value.length === 0 || !value.every((v) => v === null || typeof v === 'number'))
        return value;
      return key.endsWith('Usd') ||
        !value.every((v) => Number.isInteger(v) && Math.abs(v) < 2 ** 31)
        ? Float64Array.from(value as (number | null)[], (v) => v ?? Number.NaN)
        : Int32Array.from(value as number[]);
    }
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
  };
  const copy = structuredClone(page);
  copy.columns = convert(copy.columns);
  return copy;
}

type Columns = Record<string, unknown> & {
  countries: { offsets: unknown[]; codes?: unknown[] };
  spendingByYear: { year: unknown[] };
};

/** The page with one change made to its columns (a copy; the original is untouched). */
function spoiled(change: (columns: Columns) => void): Record<string, unknown> {
  const page = columnPage();
  change(page.columns as Columns);
  return page;
}

describe('parseAnyPage: the schema, checked faster', () => {
  it('gives what anyPageSchema gives for a whole column page', () => {
    const page = columnPage();
    const fast = parseAnyPage(page);
    expect(fast.success).toBe(true);
    expect(fast.data).toStrictEqual(anyPageSchema.parse(page));
  });

  it('gives what anyPageSchema gives without the optional money columns, and for a row page', () => {
    const page = spoiled((columns) => {
      delete columns.funders;
      delete (columns as Partial<Columns>).spendingByYear;
      delete columns.committedUsd;
    });
    expect(parseAnyPage(page).data).toStrictEqual(anyPageSchema.parse(page));
    const rows = { total: 1, offset: 0, limit: 10, items: [{ id: 'x' }] };
    expect(parseAnyPage(rows).data).toStrictEqual(anyPageSchema.parse(rows));
  });

  it.each<[string, (columns: Columns) => void]>([
    ['a title that is a number', (c) => void ((c.title as unknown[])[5] = 7)],
    [
      'a fractional dictionary code',
      (c) => void ((c.status as { codes: unknown[] }).codes[3] = 1.5),
    ],
    ['a code below -1', (c) => void ((c.region as { codes: unknown[] }).codes[0] = -2)],
    ['a negative country offset', (c) => void (c.countries.offsets[2] = -1)],
    ['a string among the amounts', (c) => void ((c.committedUsd as unknown[])[1] = '5')],
    ['a null among the years of spending', (c) => void (c.spendingByYear.year[0] = null)],
    ['an ID column that is not a list', (c) => void (c.id = 'RR.0001')],
    ['countries without codes', (c) => void delete c.countries.codes],
    ['a dictionary holding a number', (c) => void ((c.type as { dict: unknown[] }).dict[0] = 3)],
  ])('refuses a page with %s, with the schema’s own message', (_name, change) => {
    const page = spoiled(change);
    const fast = parseAnyPage(page);
    const full = anyPageSchema.safeParse(page);
    expect(full.success).toBe(false);
    expect(fast.success).toBe(false);
    expect(fast.error?.issues).toStrictEqual(full.error?.issues);
  });

  it('keeps a page’s typed arrays as they came, and reads a typed page as its JSON', () => {
    const page = columnPage();
    const typed = typedPage(page);
    const columns = typed.columns as Record<string, unknown>;
    expect(columns.year).toBeInstanceOf(Int32Array);
    expect(columns.spentUsd).toBeInstanceOf(Float64Array);
    const fast = parseAnyPage(typed);
    if (!fast.success || !('format' in fast.data)) throw new Error('not a column page');
    expect(fast.data.columns.year).toBe(columns.year);
    expect(fast.data.columns.spentUsd).toBe(columns.spentUsd);
    expect(recordsOfPage(fast.data)).toStrictEqual(
      recordsOfPage(anyPageSchema.parse(page) as never),
    );
  });

  /** The list made a Float64Array with `v` at `i`. */
  const withValue = (list: ArrayLike<number>, i: number, v: number) =>
    Float64Array.from(list, (value, k) => (k === i ? v : value));
  it.each<[string, (columns: Record<string, ArrayLike<number>>) => void]>([
    ['a code below -1', (c) => void ((c.region as unknown as { codes: Int32Array }).codes[0] = -2)],
    ['a budget that is not a number', (c) => void (c.budgetUsd = withValue(c.budgetUsd!, 4, NaN))],
    ['an infinite year', (c) => void (c.year = withValue(c.year!, 2, Infinity))],
  ])('refuses a typed page with %s as the schema refuses its JSON', (_name, change) => {
    const typed = typedPage(columnPage());
    change(typed.columns as never);
    const full = anyPageSchema.safeParse(jsonNumbersOf(structuredClone(typed)));
    expect(full.success).toBe(false);
    const fast = parseAnyPage(typed);
    expect(fast.success).toBe(false);
    expect(fast.error?.issues).toStrictEqual(full.error?.issues);
  });

  it('leaves the page it was given as it was', () => {
    const page = columnPage();
    const before = JSON.stringify(page);
    parseAnyPage(page);
    expect(JSON.stringify(page)).toBe(before);
  });
});

describe('createPageIngest: column pages validated column-wise', () => {
  /** Generated summaries with the mock API's broken and hostile records among them. */
  function mixedRecords(): Record<string, unknown>[] {
    const valid = generatePortfolio({ count: 400, seed: 9, newsCount: 0 }).projects.map(
      ({ description: _d, ...summary }) => summary as Record<string, unknown>,
    );
    const base = valid[3]!;
    const odd: Record<string, unknown>[] = [
      ...invalidRecordCases(base as never).map((c) => c.record),
      ...(hostileRecords(base as never) as Record<string, unknown>[]),
      // Regular in the columns, yet each refused or rewritten by the record parser.
      { ...base, id: 'ZZ.1', status: 'Ongoing' },
      { ...base, id: 'ZZ.2', status: 'lost' },
      { ...base, id: '  ZZ.3 ', title: ' Padded ', primaId: '  ' },
      { ...base, id: 'ZZ.4', title: '   ' },
      { ...base, id: '..' },
      { ...base, id: 'ZZ.5', startDate: '2019-02-30' },
      { ...base, id: 'ZZ.6', startDate: '2020-01-01T10:00:00Z', endDate: '' },
      { ...base, id: 'ZZ.7', startDate: '2022', endDate: '2021-12' },
      { ...base, id: 'ZZ.8', countries: ['Kenya', 'KE', ' ', 'Atlantis'] },
      { ...base, id: 'ZZ.9', countries: ['kenya', 'KE', ''] },
      { ...base, id: 'ZZ.10', budgetUsd: -1 },
      { ...base, id: 'ZZ.11', year: 1850 },
      { ...base, id: 'ZZ.12', year: 2020.5 },
      { ...base, id: 'ZZ.13', region: 'Asia', type: 'Research' },
      { ...base, id: 'ZZ.14', committedUsd: -5 },
      {
        ...base,
        id: 'ZZ.15',
        spendingByYear: [
          { year: 2021, disbursedUsd: 5, spentUsd: 1 },
          { year: 2020, disbursedUsd: 2, spentUsd: 0 },
          { year: 2021, disbursedUsd: 1, spentUsd: 1 },
        ],
      },
      { ...base, id: 'ZZ.16', spendingByYear: [{ year: 2021.5, disbursedUsd: 1, spentUsd: 1 }] },
      { ...base, id: 'ZZ.17', funders: [{ name: ' Padded funder ', share: 0.5 }] },
      { ...base, id: 'ZZ.18', funders: [{ name: 'Ref only', ref: 'XM-DAC-5' }] },
      { ...base, id: valid[10]!.id as string },
      { ...base, id: 'ZZ.19', status: 'completed', endDate: '2030' },
    ];
    // Spread through the portfolio, so that a page holds regular and irregular records in turn.
    const records = [...valid];
    odd.forEach((record, i) => records.splice(7 + i * 11, 0, record));
    return records;
  }

  /** The records as column pages of `size`, as JSON.parse gives them. */
  const pagesOf = (records: readonly unknown[], size: number) =>
    Array.from({ length: Math.ceil(records.length / size) }, (_, p) =>
      viaJson({
        total: records.length,
        offset: p * size,
        limit: size,
        format: 'columns',
        ...encodeProjectColumns(records.slice(p * size, (p + 1) * size)),
      }),
    );

  it.each<[string, ParseOptions]>([
    ['the default types', {}],
    ['a portfolio type list', { types: [{ code: 'RR', label: 'Research' }] as never }],
    ['open types', { types: 'open' }],
  ])(
    'gives exactly the projects and rejections of the record parser, with %s',
    (_name, options) => {
      const records = mixedRecords();
      const pages = pagesOf(records, 97);
      const ingest = createPageIngest('2026-10-31', options);
      // Pages arrive out of order; each is validated once those before it are.
      for (const index of [1, 0, 3, 2, ...pages.keys()].filter((v, i, all) => all.indexOf(v) === i))
        expect(ingest.add(index, pages[index])).toMatchObject({ ok: true });
      const result = ingest.finish(pages.length);
      const expected = parseProjectSummaries(viaJson(records), '2026-10-31', options);
      expect(result.ok && result.value).toStrictEqual(expected);
      expect(expected.rejected.length).toBeGreaterThan(20);
    },
  );
  it('gives the same projects and rejections from pages whose lists of numbers are typed arrays', () => {
    const json = pagesOf(mixedRecords(), 97) as Record<string, unknown>[];
    const typed = json.map(typedPage);
    // What a typed list may hold that JSON cannot: an infinite amount (missing, as null is) and
    // -0 (JSON's 0).
    const jsonColumns = json[0]!.columns as Record<string, (number | null)[]>;
    const typedColumns = typed[0]!.columns as Record<string, Float64Array>;
    const set = (column: string, i: number, inJson: number | null, inTyped: number) => {
      jsonColumns[column]![i] = inJson;
      typedColumns[column] = Float64Array.from(typedColumns[column]!, (v, k) =>
        k === i ? inTyped : v,
      );
    };
    set('committedUsd', 2, null, Infinity);
    set('budgetUsd', 1, 0, -0);
    const ingest = (pages: unknown[]) => {
      const into = createPageIngest('2026-10-31');
      pages.forEach((page, index) => expect(into.add(index, page)).toMatchObject({ ok: true }));
      return into.finish(pages.length);
    };
    const fromJson = ingest(json);
    if (!fromJson.ok) throw new Error(fromJson.message);
    expect(fromJson.value.rejected.length).toBeGreaterThan(20);
    expect(ingest(typed)).toStrictEqual(fromJson);
  });

  it("shares one list among a page's records of the same lone country, and of the same lone funder", () => {
    const ingest = createPageIngest('2026-10-31');
    expect(ingest.add(0, columnPage())).toMatchObject({ ok: true });
    const result = ingest.finish(1);
    if (!result.ok) throw new Error(result.message);
    /** The records by their one country (or funder), and how many distinct lists each has. */
    const listsBy = (listOf: (p: ProjectSummary) => readonly unknown[] | undefined) => {
      const lists = new Map<unknown, Set<readonly unknown[]>>();
      for (const project of result.value.projects) {
        const list = listOf(project);
        if (list?.length !== 1) continue;
        const key = JSON.stringify(list[0]);
        lists.set(key, (lists.get(key) ?? new Set()).add(list));
      }
      return [...lists.values()];
    };
    for (const listOf of [(p: ProjectSummary) => p.countries, (p: ProjectSummary) => p.funders]) {
      const lists = listsBy(listOf);
      // Most lone countries and funders are met more than once in 300 records.
      expect(lists.length).toBeGreaterThan(3);
      expect(lists.map((set) => set.size)).toEqual(lists.map(() => 1));
    }
  });
});

describe('columnPageSteps: a column page validated a slice at a time', () => {
  it('gives what the record parser gives for the whole page, whatever the slices', () => {
    const body = columnPage(40);
    const page = parseAnyPage(body);
    if (!page.success || !('format' in page.data)) throw new Error('not a column page');
    const records = recordsOfPage(page.data);
    if (!records.ok) throw new Error(records.message);
    const whole = parseProjectSummaries(records.items);
    for (const slice of [1, 7, 41, 100]) {
      const validator = createSummaryValidator(undefined);
      const step = columnPageSteps(page.data, validator);
      const taken: number[] = [];
      for (let n = step(slice); n > 0; n = step(slice)) taken.push(n);
      expect(taken.reduce((a, b) => a + b, 0)).toBe(41);
      expect(Math.max(...taken)).toBeLessThanOrEqual(slice);
      expect(validator.result()).toEqual(whole);
    }
  });
});
