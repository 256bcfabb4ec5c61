import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** Timing summary of one engine at one size. */
export interface Timing {
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface EngineResult {
  buildMs: number;
  timing: Timing;
  /** Median per kind of filter change. */
  byOp?: Record<string, number>;
  /** Filter clicks that keep every project (ticking every value of one facet), after the sweep. */
  /** Clicks that keep every project, each passing over the portfolio (kept tallies forgotten). */
  matchAll?: Timing;
  /** The same clicks answered from the kept whole-portfolio tallies (no pass). */
  matchAllKept?: Timing;
  note?: string;
}

export interface SizeResult {
  size: number;
  generateMs: number;
  budgetMs: number;
  engines: Record<'engine' | 'naive' | 'crossfilter', EngineResult>;
  checks: string[];
}

export interface ComputeReport {
  date: string;
  machine: {
    cpus: number;
    cpu: string;
    node: string;
    platform: string;
    loadAverage: { start: number; end: number };
  };
  sweep: {
    steps: number;
    seed: number;
    portfolioSeed: number;
    sort: string;
    lang: string;
    ops: Record<string, number>;
  };
  sizes: SizeResult[];
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    samples: sorted.length,
    medianMs: median,
    p95Ms: percentile(sorted, 95),
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** The 1-minute load average: other work on the machine slows every figure down. */
export const load = () => Math.round(loadavg()[0]! * 100) / 100;

export function machine(loadAtStart: number): ComputeReport['machine'] {
  const list = cpus();
  return {
    loadAverage: { start: loadAtStart, end: load() },
    cpus: list.length,
    cpu: list[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

const ms = (x: number) =>
  Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
const count = (n: number) => n.toLocaleString('en-US');
const verdict = (median: number, budget: number) => (median <= budget ? '✅' : '❌');

/** Engine and crossfilter2 medians per kind of filter change, one column per size. */
function byOpTable(report: ComputeReport): string[] {
  const ops = Object.keys(report.sweep.ops);
  const cell = (r: EngineResult, op: string) =>
    r.byOp?.[op] === undefined ? '–' : ms(r.byOp[op]!);
  return [
    'Median by kind of filter change, engine / crossfilter2 (ms):',
    '',
    `| change | ${report.sizes.map((s) => count(s.size)).join(' | ')} |`,
    `|---|${report.sizes.map(() => '---:').join('|')}|`,
    ...ops.map(
      (op) =>
        `| ${op} | ${report.sizes.map((s) => `${cell(s.engines.engine, op)} / ${cell(s.engines.crossfilter, op)}`).join(' | ')} |`,
    ),
    '',
  ];
}

const kept = (t: Timing | undefined, key: 'medianMs' | 'p95Ms') =>
  t === undefined ? '–' : `${ms(t[key])} ms`;

function matchAllTable(report: ComputeReport): string[] {
  const sizes = report.sizes.filter((s) => s.engines.engine.matchAll);
  if (sizes.length === 0) return [];
  return [
    'Unfiltered pass: a filter click that keeps every project (every value of status, type or region',
    'ticked, in turn from no filters), so every count, aggregate and the sorted rows cover the whole',
    'portfolio — the heaviest single compute (engine). Cold: each click passes over the portfolio',
    '(the engine forgets its kept whole-portfolio tallies first). Kept: the same clicks answered',
    'from the tallies the first such pass kept, as in the app after its first unfiltered view:',
    '',
    `| projects | ${sizes.map((s) => count(s.size)).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
    `| median, cold | ${sizes.map((s) => `${ms(s.engines.engine.matchAll!.medianMs)} ms`).join(' | ')} |`,
    `| p95, cold | ${sizes.map((s) => `${ms(s.engines.engine.matchAll!.p95Ms)} ms`).join(' | ')} |`,
    `| median, kept | ${sizes.map((s) => kept(s.engines.engine.matchAllKept, 'medianMs')).join(' | ')} |`,
    `| p95, kept | ${sizes.map((s) => kept(s.engines.engine.matchAllKept, 'p95Ms')).join(' | ')} |`,
    `| samples | ${sizes.map((s) => s.engines.engine.matchAll!.samples).join(' | ')} |`,
    '',
  ];
}

function loadNote({ loadAverage, cpus: cores }: ComputeReport['machine']): string {
  const busy = Math.max(loadAverage.start, loadAverage.end) > cores;
  return `- Load average (1 min) ${loadAverage.start} at the start, ${loadAverage.end} at the end, on ${cores} cores${
    busy
      ? ': other processes were sharing the CPUs, so every figure is slower than on an idle machine.'
      : '.'
  }`;
}

function markdown(report: ComputeReport): string {
  const lines = [
    `# Compute benchmark — ${report.date}`,
    '',
    'Filter change → every facet count, chart aggregate, pivot, KPI and the sorted rows (DESIGN §10,',
    '"filter + every aggregate, compute only"). Same run, same data for all three engines.',
    '',
    '| projects | budget (median) | engine median | engine p95 | naive median | naive p95 | crossfilter2 median | crossfilter2 p95 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.sizes.map((s) => {
      const { engine, naive, crossfilter } = s.engines;
      return `| ${count(s.size)} | ≤ ${s.budgetMs} ms | ${verdict(engine.timing.medianMs, s.budgetMs)} ${ms(engine.timing.medianMs)} ms | ${ms(engine.timing.p95Ms)} ms | ${ms(naive.timing.medianMs)} ms | ${ms(naive.timing.p95Ms)} ms | ${ms(crossfilter.timing.medianMs)} ms | ${ms(crossfilter.timing.p95Ms)} ms |`;
    }),
    '',
    'Set-up (not part of a filter change):',
    '',
    '| projects | generate data | engine build + warm-up | crossfilter2 build | samples (engine / naive / crossfilter2) |',
    '|---:|---:|---:|---:|---:|',
    ...report.sizes.map(
      (s) =>
        `| ${count(s.size)} | ${ms(s.generateMs)} ms | ${ms(s.engines.engine.buildMs)} ms | ${ms(s.engines.crossfilter.buildMs)} ms | ${s.engines.engine.timing.samples} / ${s.engines.naive.timing.samples} / ${s.engines.crossfilter.timing.samples} |`,
    ),
    '',
    ...byOpTable(report),
    ...matchAllTable(report),
    '## How it was measured',
    '',
    `- Machine: ${report.machine.cpus} × ${report.machine.cpu}, Node ${report.machine.node}, ${report.machine.platform}; in-process, one thread (the 1M budget assumes a Worker, which runs the same code).`,
    loadNote(report.machine),
    `- Sweep: ${report.sweep.steps} seeded filter changes (seed ${report.sweep.seed}), one dimension per step as in crossfilter's own benchmark, at most three filters at once: ${Object.entries(
      report.sweep.ops,
    )
      .map(([op, n]) => `${op} ×${n}`)
      .join(
        ', ',
      )}. Sort ${report.sweep.sort}, language ${report.sweep.lang}. Portfolio seed ${report.sweep.portfolioSeed}.`,
    '- Each engine runs the sweep once untimed (JIT warm-up; the naive engine 3 steps; none at 1M, warm from the smaller sizes), then timed sweeps; median and p95 (nearest rank) over all timed steps.',
    '- engine: `createEngine` (src/domain/engine); build includes `warmUp` (sorted order, search texts).',
    '- naive: `computeViewNaive`, the reference (Array filter + reduce per view).',
    '- crossfilter2: dimensions for the six facets, start/end day, budget and text; count groups on the facet dimensions',
    '  (they ignore their own filter, as DESIGN §7 wants); chart, pivot and KPI groups on unfiltered twin dimensions;',
    "  rows from the budget dimension's `top(Infinity)`, the median from those rows. Only changed filters are re-applied.",
    '',
    '## Notes and checks',
    '',
    ...report.sizes.flatMap((s) => [
      ...Object.entries(s.engines)
        .filter(([, e]) => e.note)
        .map(([name, e]) => `- ${count(s.size)}, ${name}: ${e.note}`),
      ...s.checks.map((c) => `- ${count(s.size)}: ${c}`),
    ]),
    '',
  ];
  return lines.join('\n');
}

/** Writes bench/results/<date>-compute.json and .md; returns their paths. */
export function writeReport(report: ComputeReport, dir = 'bench/results'): string[] {
  mkdirSync(dir, { recursive: true });
  const base = `${dir}/${report.date}-compute`;
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown(report));
  return [`${base}.json`, `${base}.md`];
}
