// Bundle step of `npm run bench`: gzip sizes of the JavaScript a production build loads before
// the first render, of each lazy entry and of the mock API, against DESIGN §10 (≤ 200 KB gzip
// initial). Reads dist/ (built by the bench runner) and writes bench/results/<date>-bundle.{json,md}.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleGraph, type LazyEntry, type Manifest } from './bundle-graph';
import { kb } from './format';

const DIST = 'dist';
/** DESIGN §10: initial JavaScript, gzip, in KB of 1000 bytes. */
export const INITIAL_BUDGET_KB = 200;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
export interface EntrySize {
  label: string;
  files: FileSize[];
  raw: number;
  gzip: number;
}
export interface BundleReport {
  date: string;
  budgetKb: number;
  initial: EntrySize;
  initialCss: EntrySize;
  lazy: EntrySize[];
  mock: EntrySize | undefined;
  workers: EntrySize[];
  /** JavaScript files in dist/assets that none of the above accounts for. */
  unaccounted: string[];
}

function sizeOf(file: string): FileSize {
  const bytes = readFileSync(`${DIST}/${file}`);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function entrySize(label: string, files: readonly string[]): EntrySize {
  const sizes = files.map(sizeOf);
  return {
    label,
    files: sizes,
    raw: sizes.reduce((s, f) => s + f.raw, 0),
    gzip: sizes.reduce((s, f) => s + f.gzip, 0),
  };
}

const lazySize = (entry: LazyEntry) => entrySize(entry.label, entry.files);

export function measureBundle(date: string): BundleReport {
  const manifestPath = `${DIST}/.vite/manifest.json`;
  if (!existsSync(manifestPath))
    throw new Error(
      `${manifestPath} is missing: build first (npx vite build) with build.manifest on`,
    );
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const graph = bundleGraph(manifest, readFileSync(`${DIST}/index.html`, 'utf8'));
  const report: BundleReport = {
    date,
    budgetKb: INITIAL_BUDGET_KB,
    initial: entrySize('initial (index.html)', graph.initial),
    initialCss: entrySize('initial CSS', graph.initialCss),
    lazy: graph.lazy.map(lazySize).sort((a, b) => b.gzip - a.gzip),
    mock: graph.mock && lazySize(graph.mock),
    workers: graph.workers.map((w) => entrySize(w.replace(/^assets\//, ''), [w])),
    unaccounted: [],
  };
  const known = new Set([
    ...graph.initial,
    ...graph.lazy.flatMap((e) => e.files),
    ...(graph.mock?.files ?? []),
    ...graph.workers,
  ]);
  report.unaccounted = readdirSync(`${DIST}/assets`)
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !known.has(f));
  return report;
}

function markdown(r: BundleReport): string {
  const verdict = r.initial.gzip <= r.budgetKb * 1000 ? '✅' : '❌';
  const row = (e: EntrySize) => `| ${e.label} | ${e.files.length} | ${kb(e.raw)} | ${kb(e.gzip)} |`;
  return [
    `# Bundle — ${r.date}`,
    '',
    `Initial JavaScript (what index.html runs or modulepreloads before the first render): **${verdict} ${kb(r.initial.gzip)} KB gzip** (DESIGN §10: ≤ ${r.budgetKb} KB; ${kb(r.initial.raw)} KB raw). Initial CSS: ${kb(r.initialCss.gzip)} KB gzip.`,
    '',
    '| initial file | raw (KB) | gzip (KB) |',
    '|---|---:|---:|',
    ...r.initial.files.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} |`),
    '',
    'Loaded later — each lazy entry with the files it adds to the initial ones (a file shared by several entries is counted in each):',
    '',
    '| lazy entry | files | raw (KB) | gzip (KB) |',
    '|---|---:|---:|---:|',
    ...r.lazy.map(row),
    ...(r.mock
      ? [
          `| ${r.mock.label} — the mock API, loaded only in mock mode (not by a real deployment) | ${r.mock.files.length} | ${kb(r.mock.raw)} | ${kb(r.mock.gzip)} |`,
        ]
      : []),
    ...r.workers.map((w) => `| Worker script ${w.label} | 1 | ${kb(w.raw)} | ${kb(w.gzip)} |`),
    '',
    `KB = 1000 bytes; gzip level 9 (node:zlib), file by file. From dist/index.html and dist/.vite/manifest.json of \`vite build\`.${r.unaccounted.length > 0 ? ` Not accounted for: ${r.unaccounted.join(', ')}.` : ''}`,
    '',
  ].join('\n');
}

/** Writes bench/results/<date>-bundle.json and .md; returns their paths. */
export function writeBundleReport(report: BundleReport, dir = 'bench/results'): string[] {
  mkdirSync(dir, { recursive: true });
  const base = `${dir}/${report.date}-bundle`;
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown(report));
  return [`${base}.json`, `${base}.md`];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = measureBundle(new Date().toISOString().slice(0, 10));
  const files = writeBundleReport(report);
  console.log(
    `Initial JavaScript: ${kb(report.initial.gzip)} KB gzip (budget ${report.budgetKb} KB); mock API ${report.mock ? kb(report.mock.gzip) : '–'} KB`,
  );
  console.log(`Wrote ${files.join(', ')}`);
}
