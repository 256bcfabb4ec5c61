import { createEngine } from '../src/domain/engine/engine';
import { generatePortfolio } from '../backend/generator/generate-portfolio';
import { computeViewNaive } from '../src/test/naive-engine';
import type { PortfolioView } from '../src/domain/engine/types';
import { FACETS, type SortKey } from '../src/domain/filters';
import type { ProjectSummary } from '../src/domain/project';
import { viewDifference } from '../src/test/view-compare';
import { createCrossfilterEngine } from './crossfilter-engine';
import {
  load,
  machine,
  summarise,
  writeReport,
  type ComputeReport,
  type EngineResult,
  type SizeResult,
} from './report';
import { filterSweep, matchAllSweep, type SweepStep } from './sweep';
import { byOp, now, timeSteps } from './measure';

/**
 * The compute benchmark (DESIGN §10): a fixed sweep of filter changes on generated portfolios of
 * 1k–1M projects, each change followed by every facet count and chart aggregate, for our engine,
 * the naive reference and crossfilter2. `BENCH_SIZES=1000,10000` limits the sizes.
 */

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
const BUDGET_MS: Record<number, number> = { 1000: 1, 10000: 3, 100000: 16, 1000000: 100 };
const STEPS = 50;
/** Filter clicks that keep every project, timed after the sweep (the heaviest single pass). */
const MATCH_ALL_STEPS = 9;
const SWEEP_SEED = 7;
const PORTFOLIO_SEED = 1;
const SORT: SortKey[] = [{ field: 'budgetUsd', dir: 'desc' }];
const LANG = 'en' as const;
/** Timed sweeps per size; small sizes repeat so that their medians rest on enough samples. */
const REPEATS = (n: number) => (n <= 1_000 ? 20 : n <= 10_000 ? 10 : n <= 100_000 ? 3 : 1);
/** The naive engine stops after this long per size (it needs seconds per step at 1M). */
const NAIVE_CAP_MS = 30_000;
/**
 * An untimed sweep first lets the JIT settle. The largest size skips it: the code is already warm
 * from the smaller sizes, and crossfilter2 and the naive engine would spend a minute on it.
 */
const warmUpSweep = (n: number, sweep: readonly SweepStep[]) => (n < 1_000_000 ? sweep : []);

/** The portfolio of a size, from the product's generator (DESIGN §3). */
const portfolioOf = (count: number): ProjectSummary[] =>
  generatePortfolio({ count, seed: PORTFOLIO_SEED, newsCount: 0 }).projects;

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const log = (...args: unknown[]) => console.log(...args);

function benchEngine(projects: ProjectSummary[], sweep: readonly SweepStep[]) {
  const t = now();
  const engine = createEngine(projects);
  engine.warmUp(SORT, LANG);
  const buildMs = now() - t;
  const compute = (s: SweepStep) => engine.compute(s.filters, SORT, LANG);
  timeSteps(warmUpSweep(projects.length, sweep), compute);
  const samples: number[] = [];
  let views: PortfolioView[] = [];
  for (let r = 0; r < REPEATS(projects.length); r++) {
    const run = timeSteps(sweep, compute);
    samples.push(...run.samples);
    views = run.outputs;
  }
  // Cold: the engine forgets the whole-portfolio tallies it keeps, so each click passes over
  // every project. Kept: the same clicks answered from the tallies of the first such pass.
  const matchAll = timeSteps(matchAllSweep(MATCH_ALL_STEPS), (s) => {
    engine.forgetKept();
    return compute(s);
  });
  const keptBefore = engine.stats.kept;
  const matchAllKept = timeSteps(matchAllSweep(MATCH_ALL_STEPS), compute);
  if (engine.stats.kept - keptBefore !== MATCH_ALL_STEPS)
    throw new Error('the kept whole-portfolio tallies did not answer every match-everything click');
  const kept = [...matchAll.outputs, ...matchAllKept.outputs].map((v) => v.kpis.projects);
  if (kept.some((n) => n !== projects.length))
    throw new Error(
      `a match-everything click kept ${kept.join(', ')} of ${projects.length} projects`,
    );
  return {
    result: {
      buildMs,
      timing: summarise(samples),
      byOp: byOp(sweep, samples),
      matchAll: summarise(matchAll.samples),
      matchAllKept: summarise(matchAllKept.samples),
    } satisfies EngineResult,
    views,
  };
}

function benchNaive(
  projects: ProjectSummary[],
  sweep: readonly SweepStep[],
  views: PortfolioView[],
) {
  const compute = (s: SweepStep) => computeViewNaive(projects, s.filters, SORT, LANG);
  timeSteps(warmUpSweep(projects.length, sweep).slice(0, 3), compute);
  const { samples, outputs } = timeSteps(sweep, compute, NAIVE_CAP_MS);
  const note =
    samples.length < sweep.length
      ? `timed the first ${samples.length} of ${sweep.length} steps only (capped at ${NAIVE_CAP_MS / 1000} s)`
      : undefined;
  const differences = outputs
    .map((v, i) => viewDifference(views[i]!, v))
    .filter((d) => d !== undefined);
  const check =
    differences.length === 0
      ? `engine and naive views agree on all ${outputs.length} compared steps (rows, facets, every bin, pivots, KPIs; sums within 1e-9)`
      : `engine and naive views DIFFER on ${differences.length} steps, e.g. ${differences[0]}`;
  return { result: { buildMs: 0, timing: summarise(samples), ...(note ? { note } : {}) }, check };
}

function benchCrossfilter(
  projects: ProjectSummary[],
  sweep: readonly SweepStep[],
  views: PortfolioView[],
) {
  const t = now();
  const cf = createCrossfilterEngine(projects, LANG);
  const buildMs = now() - t;
  const compute = (s: SweepStep) => cf.compute(s.filters);
  timeSteps(warmUpSweep(projects.length, sweep), compute);
  const samples: number[] = [];
  let outputs: ReturnType<typeof compute>[] = [];
  for (let r = 0; r < Math.max(1, REPEATS(projects.length) >> 1); r++) {
    const run = timeSteps(sweep, compute);
    samples.push(...run.samples);
    outputs = run.outputs;
  }
  // crossfilter adds and subtracts as records enter and leave, so its sums drift by fractions of a cent.
  const close = (a: number, b: number) => Math.abs(a - b) <= 0.01 + 1e-9 * Math.abs(a);
  const bad = outputs.findIndex((o, i) => {
    const v = views[i]!;
    const facetsMatch = FACETS.every(
      (f) =>
        o.facets[f].size === v.facets[f].size &&
        [...v.facets[f]].every(([k, n]) => o.facets[f].get(k) === n),
    );
    return (
      !facetsMatch ||
      o.projects !== v.kpis.projects ||
      o.rows.length !== v.rows.length ||
      !close(o.totalBudget, v.kpis.totalBudget) ||
      o.median !== v.kpis.medianBudget
    );
  });
  const check =
    bad < 0
      ? `crossfilter2 agrees with the engine on facet counts, project count, total (to the cent; its add/remove sums drift) and median for all ${outputs.length} steps`
      : `crossfilter2 DIFFERS from the engine at step ${bad} (${sweep[bad]!.op})`;
  return { result: { buildMs, timing: summarise(samples), byOp: byOp(sweep, samples) }, check };
}

function benchSize(size: number, sweep: readonly SweepStep[]): SizeResult {
  let t = now();
  let projects: ProjectSummary[] | undefined = portfolioOf(size);
  const generateMs = now() - t;
  log(`${size} projects generated in ${generateMs.toFixed(0)} ms`);
  const engine = benchEngine(projects, sweep);
  log(
    `  engine: median ${engine.result.timing.medianMs.toFixed(2)} ms, p95 ${engine.result.timing.p95Ms.toFixed(2)} ms; a click keeping every project: median ${engine.result.matchAll?.medianMs.toFixed(2)} ms cold (a pass), ${engine.result.matchAllKept?.medianMs.toFixed(2)} ms answered from the kept whole-portfolio tallies`,
  );
  gc();
  t = now();
  const naive = benchNaive(projects, sweep, engine.views);
  log(
    `  naive: median ${naive.result.timing.medianMs.toFixed(1)} ms over ${naive.result.timing.samples} steps (${((now() - t) / 1000).toFixed(0)} s)`,
  );
  gc();
  const crossfilter = benchCrossfilter(projects, sweep, engine.views);
  log(
    `  crossfilter2: median ${crossfilter.result.timing.medianMs.toFixed(2)} ms, build ${crossfilter.result.buildMs.toFixed(0)} ms`,
  );
  projects = undefined;
  gc();
  return {
    size,
    generateMs,
    budgetMs: BUDGET_MS[size] ?? Number.NaN,
    engines: { engine: engine.result, naive: naive.result, crossfilter: crossfilter.result },
    checks: [naive.check, crossfilter.check],
  };
}

function main(): void {
  const sweep = filterSweep(STEPS, SWEEP_SEED);
  const ops: Record<string, number> = {};
  for (const s of sweep) ops[s.op] = (ops[s.op] ?? 0) + 1;
  const started = now();
  const loadAtStart = load();
  const sizes = SIZES.map((size) => benchSize(size, sweep));
  const report: ComputeReport = {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(loadAtStart),
    sweep: {
      steps: STEPS,
      seed: SWEEP_SEED,
      portfolioSeed: PORTFOLIO_SEED,
      sort: SORT.map((k) => `${k.field}:${k.dir}`).join(','),
      lang: LANG,
      ops,
    },
    sizes,
  };
  const files = writeReport(report);
  log(`compute bench done in ${((now() - started) / 1000).toFixed(0)} s: ${files.join(', ')}`);
}

main();
