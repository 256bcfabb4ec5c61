// Writes bench/results/latest.md: every DESIGN §10 budget beside the newest figure measured for
// it (compute, browser, bundle), then each step's newest report in full. Run by scripts/bench.mjs
// with the steps' result names: `tsx bench/latest.ts compute browser bundle`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BROWSER_NOTES, browserRows, tableRow, versus, type BrowserReport } from './browser-report';
import type { BundleReport } from './bundle';
import { count, kb } from './format';
import type { ComputeReport } from './report';

const RESULTS = 'bench/results';
const SIZES = [1_000, 10_000, 100_000, 1_000_000];

/** The newest results file of a step (dated names sort by date). */
export function newest(results: string, ext: string): string | undefined {
  if (!existsSync(RESULTS)) return undefined;
  return readdirSync(RESULTS)
    .filter((f) => f.endsWith(`-${results}.${ext}`))
    .sort()
    .at(-1);
}

function readNewest<T>(results: string): { file: string; report: T } | undefined {
  const file = newest(results, 'json');
  return file
    ? { file, report: JSON.parse(readFileSync(`${RESULTS}/${file}`, 'utf8')) as T }
    : undefined;
}

/** The budget table: one row per DESIGN §10 measure, one column per portfolio size. */
export function budgetTable(
  compute?: ComputeReport,
  browser?: BrowserReport,
  bundle?: BundleReport,
): string[] {
  const none = SIZES.map(() => '–');
  const computeCells = SIZES.map((size) => {
    const s = compute?.sizes.find((x) => x.size === size);
    return s ? versus(s.engines.engine.timing.medianMs, s.budgetMs) : '–';
  });
  const bundleCell = bundle
    ? `${bundle.initial.gzip <= bundle.budgetKb * 1000 ? '✅' : '❌'} ${kb(bundle.initial.gzip)} KB (≤ ${bundle.budgetKb})`
    : '–';
  return [
    `| measure (DESIGN §10) | ${SIZES.map(count).join(' | ')} |`,
    `|---|${SIZES.map(() => '---').join('|')}|`,
    ...(browser ? browserRows(browser.runs, SIZES) : [tableRow('browser figures', none)]),
    tableRow('filter + every aggregate, compute only (median; 1M in a Worker)', computeCells),
    tableRow('initial JavaScript, gzip (charts loaded lazily)', [bundleCell, '', '', '']),
  ];
}

function section(results: string): string[] {
  const md = newest(results, 'md');
  if (!md) return [`## ${results}`, '', 'No results yet.', ''];
  const json = newest(results, 'json');
  const body = readFileSync(`${RESULTS}/${md}`, 'utf8')
    .replace(/^# .*\n/, '')
    .replace(/^## /gm, '### ');
  return [
    `## ${results}: [${md}](${md})${json ? ` · [${json}](${json})` : ''}`,
    '',
    body.trim(),
    '',
  ];
}

/** bench/notes.md, written by hand: where a budget is missed, what limits it and what was done. */
function notes(): string[] {
  const file = 'bench/notes.md';
  return existsSync(file) ? [readFileSync(file, 'utf8').trim(), ''] : [];
}

export function writeLatest(steps: readonly string[]): void {
  const compute = readNewest<ComputeReport>('compute');
  const browser = readNewest<BrowserReport>('browser');
  const bundle = readNewest<BundleReport>('bundle');
  const sources = [compute, browser, bundle].flatMap((x) => (x ? [`[${x.file}](${x.file})`] : []));
  const lines = [
    '# Latest benchmark results',
    '',
    `Every DESIGN §10 budget beside the newest figure (✅ within, ❌ over). From ${sources.join(', ') || 'no results yet'}; \`npm run bench\` refreshes them.`,
    '',
    ...budgetTable(compute?.report, browser?.report, bundle?.report),
    '',
    ...BROWSER_NOTES,
    '',
    ...notes(),
    ...steps.flatMap(section),
  ];
  writeFileSync(`${RESULTS}/latest.md`, lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeLatest(process.argv.slice(2));
  console.log(`Wrote ${RESULTS}/latest.md`);
}
