import { mkdirSync, writeFileSync } from 'node:fs';
import type { FilterSample, LoadSample } from './browser-measure';
import { count, ms } from './format';
import type { Machine } from './machine';
import { stats, type Stats } from './stats';

/** Everything measured at one portfolio size. */
export interface SizeRun {
  size: number;
  loads: Record<string, LoadSample[]>;
  filters: Record<string, FilterSample[]>;
  heapBytes: number | undefined;
  domNodes: Record<string, number | string>;
  errors: string[];
}

export interface BrowserReport {
  date: string;
  machine: Machine & { browser: string };
  runs: SizeRun[];
}

/** DESIGN §10 budgets by portfolio size (ms), and the DOM budget. */
export const BROWSER_BUDGETS = {
  filterPaintP95: { 1000: 50, 10000: 100, 100000: 150, 1000000: 400 } as Record<number, number>,
  pending: 100,
  longestTask: 50,
  load: { 1000: 1000, 10000: 1500, 100000: 3000, 1000000: 8000 } as Record<number, number>,
  domNodes: 1500,
};

const pick = <T,>(samples: readonly T[] | undefined, f: (s: T) => number | undefined): Stats =>
  stats((samples ?? []).map(f).filter((x): x is number => x !== undefined));

/** A figure beside its budget: ✅ or ❌, the value, the budget. */
export function versus(value: number, budget: number | undefined, unit = 'ms'): string {
  if (Number.isNaN(value)) return '–';
  const shown = unit === 'ms' ? `${ms(value)} ms` : `${count(value)}`;
  if (budget === undefined) return shown;
  return `${value <= budget ? '✅' : '❌'} ${shown} (≤ ${count(budget)})`;
}

/** The headline figures per size, each against its DESIGN §10 budget. */
export function browserSummary(r: BrowserReport): string[] {
  const sizes = r.runs.map((run) => run.size);
  const line = (label: string, cell: (run: SizeRun) => string) => `| ${label} | ${r.runs.map(cell).join(' | ')} |`;
  const largestDom = (run: SizeRun) => Math.max(Number.NaN, ...Object.values(run.domNodes).filter((n): n is number => typeof n === 'number'));
  const b = BROWSER_BUDGETS;
  return [
    `| measure (headless Chromium) | ${sizes.map(count).join(' | ')} |`,
    `|---|${sizes.map(() => '---').join('|')}|`,
    line('load → table painted, /projects (median, app’s own¹)', (run) => versus(pick(run.loads['/projects'], (l) => l.appMs).median, b.load[run.size])),
    line('load → charts painted, / (median, app’s own¹)', (run) => versus(pick(run.loads['/'], (l) => l.appMs).median, b.load[run.size])),
    line('load → table painted, /projects (median, with the mock API’s work)', (run) => ms(pick(run.loads['/projects'], (l) => l.totalMs).median) + ' ms'),
    line('filter click → all views painted, /projects (p95)', (run) => versus(pick(run.filters['/projects'], (f) => f.paintMs).p95, b.filterPaintP95[run.size])),
    line('filter click → all views painted, / (p95)', (run) => versus(pick(run.filters['/'], (f) => f.paintMs).p95, b.filterPaintP95[run.size])),
    line('filter click → pending state painted (p95, Worker sizes)', (run) => versus(pick(run.filters['/projects'], (f) => f.pendingMs).p95, run.size >= 1_000_000 ? b.pending : undefined)),
    line('longest main-thread task during a filter (max)', (run) => versus(pick([...(run.filters['/projects'] ?? []), ...(run.filters['/'] ?? [])], (f) => f.longestTaskMs).max, b.longestTask)),
    line('click interaction, Event Timing (p95)', (run) => `${ms(pick([...(run.filters['/projects'] ?? []), ...(run.filters['/'] ?? [])], (f) => f.interactionMs).p95)} ms`),
    line('DOM elements, largest screen', (run) => versus(largestDom(run), b.domNodes, 'n')),
    line('JS heap after GC, main thread', (run) => (run.heapBytes === undefined ? '–' : `${Math.round(run.heapBytes / 1e6)} MB`)),
  ];
}

function details(r: BrowserReport): string[] {
  const out = ['## Loads', '', '| projects | path | runs | total median | app’s own median | mock data generation | mock responses | fetch (all pages) | validation | longest task |', '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const run of r.runs) {
    for (const [path, loads] of Object.entries(run.loads)) {
      const m = (f: (l: LoadSample) => number | undefined) => `${ms(pick(loads, f).median)} ms`;
      out.push(`| ${count(run.size)} | ${path} | ${loads.length} | ${m((l) => l.totalMs)} | ${m((l) => l.appMs)} | ${m((l) => l.mockGenerateMs)} | ${m((l) => l.mockPagesMs)} | ${m((l) => l.fetchMs)} | ${m((l) => l.validateMs)} | ${m((l) => l.longestTaskMs)} |`);
    }
  }
  out.push('', '## Filter clicks', '', '| projects | path | clicks | views painted median | p95 | pending painted p95 | interaction p95 | longest task max |', '|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const run of r.runs) {
    for (const [path, f] of Object.entries(run.filters)) {
      out.push(`| ${count(run.size)} | ${path} | ${f.length} | ${ms(pick(f, (s) => s.paintMs).median)} ms | ${ms(pick(f, (s) => s.paintMs).p95)} ms | ${ms(pick(f, (s) => s.pendingMs).p95)} ms | ${ms(pick(f, (s) => s.interactionMs).p95)} ms | ${ms(pick(f, (s) => s.longestTaskMs).max)} ms |`);
    }
  }
  const paths = [...new Set(r.runs.flatMap((run) => Object.keys(run.domNodes)))];
  out.push('', '## DOM elements per screen', '', `| projects | ${paths.join(' | ')} |`, `|---:|${paths.map(() => '---:').join('|')}|`);
  for (const run of r.runs) out.push(`| ${count(run.size)} | ${paths.map((p) => run.domNodes[p] ?? '–').join(' | ')} |`);
  const errors = r.runs.flatMap((run) => run.errors.map((e) => `- ${count(run.size)}: ${e}`));
  if (errors.length > 0) out.push('', '## Errors', '', ...errors);
  return out;
}

function markdown(r: BrowserReport): string {
  const m = r.machine;
  return [
    `# Browser benchmark — ${r.date}`,
    '',
    ...browserSummary(r),
    '',
    '¹ Navigation start until the view is painted, minus the mock API’s work on the page’s main thread (generating the portfolio, building its responses), which a real server does elsewhere. The total is in the next row and below.',
    '',
    ...details(r),
    '',
    '## How it was measured',
    '',
    `- ${m.cpus} × ${m.cpu}, ${m.memoryGb} GB, load average ${m.loadAverage.join(' / ')} at the end; Chromium ${m.browser}, headless, 1366 × 900, the flags of playwright.config.ts; Node ${m.node}.`,
    '- Production build (`vite build`, mock API included) served by `vite preview`; portfolios from the product’s generator with `?mockCount=N`. Each load is a new page in a context whose service worker is already installed.',
    '- The app records `view` and `view:painted` marks (src/lib/perf) when a screen commits a view; `:painted` is two animation frames later, after the frame is painted. A view counts as painted once that mark exists and the table rows (/projects) or chart bars (/) are in the DOM.',
    '- Filter click: a Region checkbox pressed by Playwright; from the `pointerdown` event’s time stamp to the painted view. Long tasks from the `longtask` PerformanceObserver (0 = none over 50 ms); interaction from Event Timing (`durationThreshold: 16`; 0 = under 16 ms). Pending: the Worker path first paints the previous view marked as updating.',
    '- Heap: `HeapProfiler.collectGarbage` then `Runtime.getHeapUsage` over CDP, main thread only (the engine Worker’s copy of the data is not included). DOM: `document.getElementsByTagName("*")` on each screen after reaching it through the navigation.',
    '',
  ].join('\n');
}

/** Writes bench/results/<date>-browser.json and .md; returns their paths. */
export function writeBrowserReport(report: BrowserReport, dir = 'bench/results'): string[] {
  mkdirSync(dir, { recursive: true });
  const base = `${dir}/${report.date}-browser`;
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown(report));
  return [`${base}.json`, `${base}.md`];
}
