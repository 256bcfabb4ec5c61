// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseProjectSummaries } from '@/domain/parse-record';
import { decodeProjectColumns, projectColumnsPageSchema } from '@/domain/project-columns';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { encodeProjectColumns } from '@backend/project-columns-encode';
import { toSummary } from '@/domain/api/query';
import {
  getMockPortfolio,
  isGeneratedPortfolio,
  portfolioOf,
  setMockPortfolio,
} from '../data/portfolio';
import { invalidRecordCases, withInvalidRecords } from '../data/invalid-records';
import { getJson, setupMockServer } from '../testing';

setupMockServer();

/** A column page as the client reads it: the envelope validated, the records decoded. */
async function columnsPage(query: string) {
  const { status, body } = await getJson(`/api/projects?format=columns${query}`);
  expect(status).toBe(200);
  const page = projectColumnsPageSchema.parse(body);
  const decoded = decodeProjectColumns(page);
  if (!decoded.ok) throw new Error(decoded.message);
  return { ...page, records: decoded.records as Record<string, unknown>[] };
}

async function rowsPage(query: string) {
  const { body } = await getJson(`/api/projects?${query}`);
  return body as { total: number; offset: number; limit: number; items: unknown[] };
}

const idsOf = (records: readonly { id?: unknown }[]) => records.map((r) => r.id);

describe('GET /api/projects?format=columns', () => {
  it('holds the same records as the row format, in the same order', async () => {
    const columns = await columnsPage('');
    const rows = await rowsPage('');
    expect(columns).toMatchObject({
      total: 600,
      offset: 0,
      limit: 50_000,
      count: 600,
      irregular: [],
    });
    expect(columns.records).toStrictEqual(rows.items);
  });

  it('pages like the row format and ends with a partial last page', async () => {
    const ids = idsOf(getMockPortfolio().projects);
    const first = await columnsPage('&offset=0&limit=250');
    expect(first).toMatchObject({ total: 600, offset: 0, limit: 250, count: 250 });
    expect(idsOf(first.records)).toEqual(ids.slice(0, 250));
    const last = await columnsPage('&offset=500&limit=250');
    expect(last).toMatchObject({ offset: 500, limit: 250, count: 100 });
    expect(idsOf(last.records)).toEqual(ids.slice(500));
    expect(last.records).toStrictEqual((await rowsPage('offset=500&limit=250')).items);
  });

  it.each([600, 601, 1_000_000])(
    'sends empty columns but the total at offset %i (at or past the end)',
    async (offset) => {
      const page = await columnsPage(`&offset=${offset}&limit=100`);
      expect(page).toMatchObject({
        total: 600,
        offset,
        limit: 100,
        count: 0,
        irregular: [],
        records: [],
      });
      expect(page.columns.id).toEqual([]);
      expect(page.columns.countries.offsets).toEqual([0]);
    },
  );

  it('caps the limit at 50,000 (ten times the row format), pages joining into the whole list', async () => {
    const [base] = getMockPortfolio().projects;
    const records = Array.from({ length: 50_003 }, (_, i) => ({
      ...base,
      description: undefined,
      id: `AV.${i}`,
    }));
    setMockPortfolio(portfolioOf(records));
    const pages = await Promise.all(
      [0, 50_000].map((offset) => columnsPage(`&offset=${offset}&limit=999999`)),
    );
    expect(pages.map((p) => [p.limit, p.count])).toEqual([
      [50_000, 50_000],
      [50_000, 3],
    ]);
    expect(pages.flatMap((p) => idsOf(p.records))).toEqual(idsOf(records));
    expect((await rowsPage('limit=999999')).limit).toBe(5000);
  });

  it('sends invalid records so that the client still rejects each with its reason', async () => {
    setMockPortfolio(withInvalidRecords(getMockPortfolio()));
    const page = await columnsPage('&limit=20');
    expect(page.irregular.length).toBeGreaterThan(0);
    const fromColumns = parseProjectSummaries(page.records, '2026-10-31');
    expect(fromColumns).toEqual(
      parseProjectSummaries((await rowsPage('limit=20')).items, '2026-10-31'),
    );
    const [first] = getMockPortfolio().projects;
    const expected = invalidRecordCases(first!).map((c) => c.reason);
    expect(fromColumns.rejected.map((r) => r.reasons[0]?.code)).toEqual(expected);
  });

  it('encodes generated projects unchecked exactly as their checked summaries', () => {
    for (const seed of [1, 5]) {
      const { projects } = generatePortfolio({ count: 3_000, seed, newsCount: 0 });
      expect(encodeProjectColumns(projects, true)).toStrictEqual(
        encodeProjectColumns(projects.map(toSummary)),
      );
    }
    // Only the generator's own lists go unchecked: one with other records added is checked.
    const generated = getMockPortfolio();
    expect(isGeneratedPortfolio(generated)).toBe(true);
    expect(isGeneratedPortfolio(withInvalidRecords(generated))).toBe(false);
    expect(isGeneratedPortfolio(portfolioOf(generated.projects.slice(0, 5)))).toBe(false);
  });

  it.each(['format=csv', 'format=', 'format=columns&limit=0', 'format=columns&offset=-1'])(
    'refuses %s with 400 and a message naming the parameter',
    async (query) => {
      const { status, body } = await getJson(`/api/projects?${query}`);
      expect(status).toBe(400);
      const param = query.split('&').at(-1)!.split('=')[0]!;
      expect(body).toEqual({ error: 'bad_request', message: expect.stringContaining(param) });
    },
  );
});
