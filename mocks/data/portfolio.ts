import {
  createPortfolioGenerator,
  generatedMeta,
  generatePortfolio,
  type GenerateOptions,
} from '@backend/generator/generate-portfolio';
import type { Meta, NewsItem, Project } from '@/domain/project';
import { perfMeasure, perfNow } from '@/lib/perf/perf-marks';
import { GeneratedColumns } from './generated-columns';

/** A record the mock API serves: usually a valid project, sometimes one broken on purpose. */
export type MockRecord = Project | Readonly<Record<string, unknown>>;

/** What the mock API serves: the data date and source, the project records and the news. */
export interface MockPortfolio {
  meta: Meta;
  projects: readonly MockRecord[];
  news: readonly NewsItem[];
  /**
   * Set while the portfolio is still being generated (the mock API's Worker serves its first
   * pages meanwhile): resolves once its first `end` projects exist, and once every project and
   * the news exist for `Infinity`. `meta.projectCount` is then the final count.
   */
  ready?: (end: number) => Promise<void>;
  /**
   * The generated projects kept column by column (the mock API's Worker): `projects` then makes
   * them all as objects when read, so handlers use recordsOf, columnsOf and findRecord instead.
   */
  columns?: GeneratedColumns;
}

/** The projects lists made by the generator (never a list with other records added). */
const generatedLists = new WeakSet<readonly MockRecord[]>();

/**
 * Whether every record of the portfolio is a generated project, so fits the column format as
 * it is: a portfolio with broken records added (withInvalidRecords, …) holds another list.
 */
export function isGeneratedPortfolio(portfolio: MockPortfolio): boolean {
  return portfolio.columns !== undefined || generatedLists.has(portfolio.projects);
}

/** The records from `offset`, at most `limit` of them. */
export function recordsOf(
  portfolio: MockPortfolio,
  offset: number,
  limit: number,
): readonly MockRecord[] {
  return (portfolio.columns ?? portfolio.projects).slice(offset, offset + limit);
}

/**
 * The records from `offset` (at most `limit`) in the column format, cut from the columns when
 * the portfolio is kept that way; else undefined (the caller encodes the records). `typed`: the
 * lists of numbers as typed arrays (GeneratedColumns.page).
 */
export function columnsOf(
  portfolio: MockPortfolio,
  offset: number,
  limit: number,
  options: { typed?: boolean } = {},
): ReturnType<GeneratedColumns['page']> | undefined {
  return portfolio.columns?.page(offset, offset + limit, options);
}

/** How many projects the portfolio has, or will have once generated. */
export function mockProjectCount(portfolio: MockPortfolio): number {
  return portfolio.ready ? portfolio.meta.projectCount : portfolio.projects.length;
}

/** Where handlers read their data from; called on every request, so it can change between tests. */
export type PortfolioSource = () => MockPortfolio;

const DEFAULT_OPTIONS: GenerateOptions = { count: 600, seed: 1 };

let options: GenerateOptions = DEFAULT_OPTIONS;
let current: MockPortfolio | undefined;

/** The portfolio the happy-path handlers serve: generated on first use, then kept. */
export function getMockPortfolio(): MockPortfolio {
  if (!current) {
    const started = perfNow();
    current = generatePortfolio(options);
    generatedLists.add(current.projects);
    perfMeasure('mock:generate', started, { count: current.projects.length });
  }
  return current;
}

/** Projects generated per task while a portfolio grows: requests are answered between them. */
const GENERATE_SLICE = 5_000;

/**
 * Serves a generated portfolio that is made from now on, a slice of projects per task (`schedule`
 * runs the next): its meta is known at once and each page can be served as soon as its projects
 * exist, while the rest is generated. The mock API's Worker uses it; the portfolio is the one
 * generatePortfolio gives for the same options.
 */
export function generateMockPortfolio(
  next: GenerateOptions,
  schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
): MockPortfolio {
  options = { ...DEFAULT_OPTIONS, ...next };
  // The projects are kept column by column: a million objects would keep the Worker's garbage
  // collector busy for seconds while it generates.
  const columns = new GeneratedColumns(generatedMeta(options).projectCount);
  const generator = createPortfolioGenerator(options, columns);
  const news: NewsItem[] = [];
  const waiting = new Set<{ end: number; resolve: () => void }>();
  let done = false;
  const started = perfNow();
  const settle = () => {
    for (const wait of waiting)
      if (done || wait.end <= generator.projects.length) {
        waiting.delete(wait);
        wait.resolve();
      }
  };
  let busyMs = 0;
  const step = () => {
    const sliceStarted = perfNow();
    done = generator.generate(generator.projects.length + GENERATE_SLICE);
    if (done) news.push(...generator.news());
    busyMs += perfNow() - sliceStarted;
    // From the start to the last project, requests answered between the slices included;
    // `busyMs` is the generating alone.
    if (done) perfMeasure('mock:generate', started, { count: generator.projects.length, busyMs });
    settle();
    if (!done) schedule(step);
  };
  let projects: Project[] | undefined;
  const portfolio: MockPortfolio = {
    meta: generator.meta,
    // Every project as an object, made on first read (handlers read the columns).
    get projects() {
      if (!projects || projects.length < columns.length) projects = columns.slice(0, columns.length);
      return projects;
    },
    columns,
    news,
    ready: (end) =>
      done || end <= generator.projects.length
        ? Promise.resolve()
        : new Promise((resolve) => waiting.add({ end, resolve })),
  };
  current = portfolio;
  schedule(step);
  return portfolio;
}

/** Serves this portfolio from now on (tests, or data loaded from elsewhere). */
export function setMockPortfolio(portfolio: MockPortfolio): void {
  current = portfolio;
}

/** Serves a generated portfolio of another size or seed from now on; generated on first use. */
export function configureMockPortfolio(next: GenerateOptions): void {
  options = { ...DEFAULT_OPTIONS, ...next };
  current = undefined;
}

/** Back to the default sample (600 projects, seed 1). */
export function resetMockPortfolio(): void {
  configureMockPortfolio(DEFAULT_OPTIONS);
}

/** A portfolio made of the given records, with meta that counts them. */
export function portfolioOf(
  projects: readonly MockRecord[],
  news: readonly NewsItem[] = [],
  meta?: Partial<Meta>,
): MockPortfolio {
  return {
    meta: {
      asOf: '2026-10-31',
      source: 'Mock data',
      currency: 'USD',
      ...meta,
      projectCount: projects.length,
    },
    projects,
    news,
  };
}

const indexes = new WeakMap<MockPortfolio, Map<string, MockRecord>>();

/** The record with this id (the first, if repeated), from an index built once per portfolio. */
export function findRecord(portfolio: MockPortfolio, id: string): MockRecord | undefined {
  if (portfolio.columns) return portfolio.columns.at(portfolio.columns.indexOf(id));
  let index = indexes.get(portfolio);
  if (!index) {
    index = new Map();
    for (const record of portfolio.projects) {
      const key = record.id;
      if (typeof key === 'string' && !index.has(key)) index.set(key, record);
    }
    indexes.set(portfolio, index);
  }
  return index.get(id);
}
