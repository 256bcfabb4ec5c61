import type { CoverageCode } from '@/domain/codes/coverage';
import { PROJECT_ID_PREFIX } from '@/domain/codes/project-types';
import type { Meta, NewsItem, Project } from '@/domain/project';
import { drawBudget } from './budgets';
import { TYPE_WEIGHTS } from './generated-types';
import { generateNews } from './news';
import {
  countryKey,
  PLACE_KEY_COUNT,
  proseCountryName,
  proseRegionName,
  regionKey,
} from './place-names';
import { mulberry32, randomInt, weightedPicker } from './prng';
import { createDescriptionWriter, createTitleWriter, type DescriptionWriter } from './project-text';
import { drawFunders, drawSpending } from './funding';
import { drawCountries, drawPrimaId, type ProjectRegion } from './geography';
import { REAL_PROJECT_ID, realProject } from './real-record';
import { drawSchedule } from './schedule';

export interface GenerateOptions {
  /** Number of projects, RR.0083 included (0 gives an empty portfolio). Default 600. */
  count?: number;
  /** Any integer; the same seed and options always give the same portfolio. Default 1. */
  seed?: number;
  /** Number of news items. Default 40. */
  newsCount?: number;
}

export interface Portfolio {
  meta: Meta;
  projects: Project[];
  news: NewsItem[];
}

/** The data date of the sample portfolio: fixed, so that generated output never depends on today. */
export const SAMPLE_AS_OF = '2026-10-31';
const AS_OF_PARTS = { year: 2026, month: 10, day: 31 };
export const FIRST_FUNDING_YEAR = 2001;
export const LAST_FUNDING_YEAR = 2026;
const REAL_PROJECT_YEAR = 2019;

// The fund grew over the years; the current year is still under way.
const pickYear = weightedPicker(
  Array.from({ length: LAST_FUNDING_YEAR - FIRST_FUNDING_YEAR + 1 }, (_, i) => {
    const year = FIRST_FUNDING_YEAR + i;
    const weight = 0.6 + i * 0.06;
    return [year, year === LAST_FUNDING_YEAR ? weight * 0.8 : weight] as const;
  }),
);
const pickType = weightedPicker(TYPE_WEIGHTS);
const pickCoverage = weightedPicker<CoverageCode>([
  ['national', 74],
  ['regional', 22],
  ['global', 4],
]);

function checkCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  return value;
}

/** Hands out `<PREFIX>.<number>` ids per type, leaving small gaps as real registers do, and never RR.0083. */
function createIdMaker(): (type: keyof typeof PROJECT_ID_PREFIX, step: number) => string {
  const next = new Map<string, number>();
  return (type, step) => {
    const prefix = PROJECT_ID_PREFIX[type];
    let n = (next.get(prefix) ?? 0) + step;
    let id = `${prefix}.${String(n).padStart(4, '0')}`;
    if (id === REAL_PROJECT_ID) id = `${prefix}.${String(++n).padStart(4, '0')}`;
    next.set(prefix, n);
    return id;
  };
}

/** The meta of the portfolio `options` make: known before any project is generated. */
export function generatedMeta(options: GenerateOptions = {}): Meta {
  const count = checkCount('count', options.count ?? 600);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return {
    asOf: SAMPLE_AS_OF,
    source: `Sample portfolio modelled on the IOM Development Fund (generated, seed ${seed})`,
    currency: 'USD',
    projectCount: count,
  };
}

/**
 * Where the generator puts its projects, in order: a plain array by default. The demo build's
 * mock API keeps them column by column instead (mocks/data/generated-columns.ts).
 */
export interface ProjectStore {
  readonly length: number;
  push(project: Project): unknown;
  /** The project pushed at this position. */
  at(index: number): Project | undefined;
  /**
   * When a store has it, the generator adds its projects here rather than with `push`: each with
   * an empty description and the number its text is written from (`descriptions.text(key)`), so
   * that a description is written only when it is asked for.
   */
  pushDescribedLater?(project: Project, key: number, descriptions: DescriptionWriter): unknown;
}

/**
 * A portfolio generated a part at a time (the demo build's mock API serves its first pages while
 * the rest is made): `projects` grows with each `generate(until)`, `news` is drawn once every
 * project exists. The same options give exactly what generatePortfolio gives.
 */
export interface PortfolioGenerator<S extends ProjectStore = Project[]> {
  readonly meta: Meta;
  /** The projects generated so far, in their final order. */
  readonly projects: S;
  /** Generates projects until there are `until` of them (or all); true once all exist. */
  generate(until: number): boolean;
  /** The news items: generates every remaining project first. */
  news(): NewsItem[];
}

/**
 * A believable, deterministic sample portfolio (DESIGN §3). Projects come in funding-year order,
 * so ids grow with time within each type; RR.0083, the real record, sits among the 2019 grants.
 */
export function generatePortfolio(options: GenerateOptions = {}): Portfolio {
  const generator = createPortfolioGenerator(options);
  const news = generator.news();
  return { meta: generator.meta, projects: generator.projects, news };
}

/**
 * The generator of generatePortfolio's portfolio, a part at a time (see PortfolioGenerator),
 * putting its projects in `store` (a new array by default).
 */
export function createPortfolioGenerator(options?: GenerateOptions): PortfolioGenerator;
export function createPortfolioGenerator<S extends ProjectStore>(
  options: GenerateOptions,
  store: S,
): PortfolioGenerator<S>;
export function createPortfolioGenerator(
  options: GenerateOptions = {},
  store: ProjectStore = [],
): PortfolioGenerator<ProjectStore> {
  const meta = generatedMeta(options);
  const count = meta.projectCount;
  const newsCount = checkCount('newsCount', options.newsCount ?? 40);
  const seed = options.seed ?? 1;
  const rng = mulberry32(seed);
  // Funders and spending draw from their own stream, so adding them left every other field as it was.
  const moneyRng = mulberry32(seed ^ 0x5bd1e995);
  const asOfDay = Date.UTC(AS_OF_PARTS.year, AS_OF_PARTS.month - 1, AS_OF_PARTS.day) / 86_400_000;

  const years = new Uint16Array(Math.max(0, count - 1));
  for (let i = 0; i < years.length; i++) years[i] = pickYear(rng);
  years.sort();

  const nextId = createIdMaker();
  const describe = createDescriptionWriter();
  const entitle = createTitleWriter();
  const projects = store;
  let realPlaced = count === 0;
  let next = 0;
  let news: NewsItem[] | undefined;

  const describeLater = store.pushDescribedLater !== undefined;
  /** The description number of the project drawn last. */
  let descriptionKey = 0;
  const drawProject = (year: number): Project => {
    const type = pickType(rng);
    const coverage = pickCoverage(rng);
    const { region, countries }: ProjectRegion = drawCountries(rng, coverage);
    const lead = countries[0] as string;
    const single = coverage === 'national';
    const pair = coverage === 'regional' && countries.length === 2;
    // The place in the title's language only: most projects have an English title.
    const place = (french: boolean): string => {
      const lang = french ? 'fr' : 'en';
      if (single) return proseCountryName(lead, lang);
      if (!pair) return proseRegionName(region, lang);
      return (
        proseCountryName(lead, lang) +
        (french ? ' et ' : ' and ') +
        proseCountryName(countries[1] as string, lang)
      );
    };
    const titlePlaceKey = single
      ? countryKey(lead)
      : pair
        ? PLACE_KEY_COUNT * (1 + countryKey(lead)) + countryKey(countries[1] as string)
        : regionKey(region);
    const budgetUsd = drawBudget(rng, coverage);
    const schedule = drawSchedule(rng, year, AS_OF_PARTS);
    const funders = drawFunders(moneyRng);
    const spending = drawSpending(moneyRng, {
      budgetUsd,
      status: schedule.status,
      startDay: schedule.startDay,
      endDay: schedule.endDay,
      asOfDay,
    });
    const id = nextId(type, randomInt(rng, 1, 2));
    const primaId = drawPrimaId(rng, lead);
    const title = entitle(rng, type, titlePlaceKey, place);
    descriptionKey = describe.key(rng, type, single ? countryKey(lead) : regionKey(region));
    return {
      id,
      primaId,
      title,
      startDate: schedule.startDate,
      // Left undefined (not deleted) for open-ended projects: every object keeps one shape, which
      // keeps property access fast in the engine; JSON output omits the key all the same.
      endDate: schedule.endDate,
      status: schedule.status,
      type,
      budgetUsd,
      coverage,
      year,
      region,
      countries,
      funders,
      committedUsd: spending.committedUsd,
      disbursedUsd: spending.disbursedUsd,
      spentUsd: spending.spentUsd,
      spendingByYear: spending.spendingByYear,
      description: describeLater ? '' : describe.text(descriptionKey),
    };
  };

  /**
   * Draws projects until there are `end` of them or every funding year has its project. The loop
   * is a function of its own: optimised while it runs (on-stack replacement), code that also held
   * the lines after it met them untried when the loop ended, and was thrown away and optimised
   * again for every slice the mock API generates.
   */
  const drawUntil = (end: number): void => {
    while (projects.length < end && next < years.length) {
      const year = years[next]!;
      if (!realPlaced && year > REAL_PROJECT_YEAR) {
        projects.push(realProject());
        realPlaced = true;
        continue;
      }
      const project = drawProject(year);
      if (describeLater) projects.pushDescribedLater!(project, descriptionKey, describe);
      else projects.push(project);
      next++;
    }
  };

  const generate = (until: number): boolean => {
    drawUntil(Math.min(until, count));
    if (next === years.length && !realPlaced && projects.length < until) {
      projects.push(realProject());
      realPlaced = true;
    }
    return projects.length === count;
  };

  return {
    meta,
    projects,
    generate,
    news() {
      generate(count);
      news ??= generateNews(rng, projects, newsCount, SAMPLE_AS_OF);
      return news;
    },
  };
}
