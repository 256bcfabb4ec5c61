import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { encodeProjectColumns } from '@backend/project-columns-encode';
import { anyPageSchema, parseAnyPage } from './project-pages';

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

  it('leaves the page it was given as it was', () => {
    const page = columnPage();
    const before = JSON.stringify(page);
    parseAnyPage(page);
    expect(JSON.stringify(page)).toBe(before);
  });
});
