import { describe, expect, it } from 'vitest';
import { createPortfolioGenerator, generatePortfolio } from '@backend/generator/generate-portfolio';
import { encodeProjectColumns } from '@backend/project-columns-encode';
import { createRoutes } from '../api-routes';
import { answerWithRoutes } from '../routes';
import { jsonNumbersOf, transfersOf } from '@/lib/api/port-fetch';
import { GeneratedColumns } from './generated-columns';
import { findRecord, generateMockPortfolio, resetMockPortfolio } from './portfolio';

const COUNT = 2_500;

describe('a generated portfolio kept column by column', () => {
  const plain = generatePortfolio({ count: COUNT, seed: 11 });
  const generator = createPortfolioGenerator({ count: COUNT, seed: 11 }, new GeneratedColumns());
  const news = generator.news();
  const columns = generator.projects;

  it('gives back the same projects and news as the plain generator, in the same order', () => {
    expect(columns.length).toBe(COUNT);
    // JSON as well as deep equality: the same fields, in the same order, absent ones absent.
    for (let i = 0; i < COUNT; i++) {
      expect(JSON.stringify(columns.at(i))).toBe(JSON.stringify(plain.projects[i]));
    }
    expect(columns.slice(100, 140)).toStrictEqual(plain.projects.slice(100, 140));
    expect(news).toStrictEqual(plain.news);
    expect(columns.at(COUNT)).toBeUndefined();
  });

  it('writes a description only when its project is made again as an object', () => {
    const written: number[] = [];
    // Every text the generator's description writer writes, from the first project on.
    class Counting extends GeneratedColumns {
      override pushDescribedLater(
        ...[project, key, writer]: Parameters<GeneratedColumns['pushDescribedLater']>
      ) {
        if (!counted.has(writer)) {
          const text = writer.text;
          writer.text = (asked) => {
            written.push(asked);
            return text(asked);
          };
          counted.add(writer);
        }
        super.pushDescribedLater(project, key, writer);
      }
    }
    const counted = new WeakSet<object>();
    const generator = createPortfolioGenerator({ count: COUNT, seed: 11 }, new Counting());
    generator.generate(COUNT);
    const store = generator.projects;
    expect(store.length).toBe(COUNT);
    store.page(0, COUNT);
    expect(written).toEqual([]);
    expect(store.at(7)!.description).toBe(plain.projects[7]!.description);
    expect(written).toHaveLength(1);
  });

  it('cuts each column page exactly as the encoder writes the same projects, typed or not', () => {
    for (const [from, to] of [
      [0, 1_000],
      [1_000, 2_000],
      [2_000, 3_000],
      [7, 8],
      [123, 1_789],
      [COUNT, COUNT + 10],
    ] as const) {
      const encoded = JSON.stringify(encodeProjectColumns(plain.projects.slice(from, to), true));
      expect(JSON.stringify(columns.page(from, to))).toBe(encoded);
      expect(JSON.stringify(jsonNumbersOf(columns.page(from, to, { typed: true })))).toBe(encoded);
    }
  });

  it('cuts pages with JSON’s numbers, or typed arrays read back as them, equal to its JSON text', async () => {
    const kept = new GeneratedColumns();
    const project = plain.projects.find((p) => p.spendingByYear && p.spendingByYear.length > 0)!;
    kept.push(project);
    kept.push({
      ...project,
      committedUsd: undefined,
      spentUsd: -0,
      spendingByYear: [{ year: 2020, disbursedUsd: -0, spentUsd: 5 }],
    });
    const page = kept.page(0, 2);
    expect(page).toStrictEqual(JSON.parse(JSON.stringify(page)));
    expect(page.columns.committedUsd?.[1]).toBeNull();
    expect(Object.is(page.columns.spentUsd?.[1], 0)).toBe(true);
    // Typed, sent as a value with its typed arrays moved: read back, the same page.
    const typed = kept.page(0, 2, { typed: true });
    expect(typed.columns.committedUsd).toBeInstanceOf(Float64Array);
    const buffers = transfersOf(typed);
    expect(buffers.length).toBeGreaterThan(10);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<unknown>((resolve) => (port2.onmessage = (e) => resolve(e.data)));
    port1.postMessage(typed, buffers);
    expect(jsonNumbersOf(await received)).toStrictEqual(JSON.parse(JSON.stringify(page)));
    port1.close();
    port2.close();
  });

  it('gives back ids and Prima IDs exactly, whether or not they end in digits, and finds each', () => {
    // Kept as a head and a number when they end in digits (nine at most), else as they are; a
    // head looked up by its characters' codes (seven ASCII ones at most) or as a string.
    const texts = ['no-digits', '', 'X1234567890123', 'AB.0007', 'AB.007', 'AB.7', '0042'];
    texts.push('AB.0007', 'LONG-HEAD.0042', 'Projet-é.0042', 'é.0042');
    const primaIds = texts.toReversed();
    const store = new GeneratedColumns(4);
    texts.forEach((id, k) => store.push({ ...plain.projects[5]!, id, primaId: primaIds[k]! }));
    expect(store.slice(0, texts.length).map((p) => [p.id, p.primaId])).toEqual(
      texts.map((id, k) => [id, primaIds[k]]),
    );
    expect(store.page(0, texts.length).columns.primaId).toEqual(primaIds);
    for (const id of texts) expect(store.indexOf(id)).toBe(texts.indexOf(id));
    expect(store.indexOf('AB.07')).toBe(-1);
    expect(store.indexOf('other')).toBe(-1);
  });

  it('finds a project by id, the first of a repeated id, and none for an unknown id', () => {
    const real = plain.projects.findIndex((p) => p.id === 'RR.0083');
    expect(columns.indexOf('RR.0083')).toBe(real);
    expect(columns.at(columns.indexOf(plain.projects[42]!.id))).toStrictEqual(plain.projects[42]);
    expect(columns.indexOf('XX.9999')).toBe(-1);
  });
});

describe('the mock API Worker’s portfolio, generated a slice per task', () => {
  it('serves the pages and details the plain generator’s portfolio gives', async () => {
    const tasks: (() => void)[] = [];
    const portfolio = generateMockPortfolio({ count: 12_000, seed: 5 }, (task) => tasks.push(task));
    const routes = createRoutes(() => portfolio);
    const get = async (path: string) => {
      const pending = answerWithRoutes(routes, new Request(`http://x/api${path}`), 'http://x/');
      // The generator runs a slice per task until the page's projects exist.
      while (tasks.length > 0) tasks.shift()!();
      return (await pending)!.json() as Promise<Record<string, unknown>>;
    };
    const plain = generatePortfolio({ count: 12_000, seed: 5 });
    const page = await get('/projects?format=columns&offset=10000&limit=10000');
    expect(page).toStrictEqual(
      JSON.parse(
        JSON.stringify({
          total: 12_000,
          offset: 10_000,
          limit: 10_000,
          format: 'columns',
          ...encodeProjectColumns(plain.projects.slice(10_000), true),
        }),
      ),
    );
    const id = plain.projects[11_111]!.id;
    expect(await get(`/projects/${id}`)).toStrictEqual(
      JSON.parse(JSON.stringify(plain.projects[11_111])),
    );
    expect(findRecord(portfolio, id)).toStrictEqual(plain.projects[11_111]);
    expect(portfolio.news).toStrictEqual(plain.news);
    resetMockPortfolio();
  });
});
