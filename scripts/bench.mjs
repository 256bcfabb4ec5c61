// Runs the benchmarks (DESIGN §10) one step after another and links their newest results from
// bench/results/latest.md. `npm run bench` runs every step but the data service's (`server`,
// a quarter of an hour on its own); `npm run bench -- compute` only some (`browser` and `bundle`
// bring the `build` step along). A step writes
// bench/results/<YYYY-MM-DD>-<results>.md (and .json); add new steps to STEPS.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import process from 'node:process';

/** The benchmark steps, in the order they run: the browser first, the figures most awaited. */
const STEPS = [
  {
    name: 'build',
    description:
      'production build with the mock API (vite build), for the browser and bundle steps',
    command: 'npx',
    args: ['vite', 'build', '--logLevel', 'warn'],
    // The mock API generates a 1M-project portfolio on the page before it answers the first
    // request: allow it far longer than a real API's 15 s.
    env: { VITE_API_TIMEOUT_MS: '600000', VITE_DEMO_BUILD: 'on' },
  },
  {
    name: 'browser',
    description:
      'production build in headless Chromium, 1k–1M projects: load, filter → paint, long tasks, heap, DOM',
    command: 'npx',
    args: ['tsx', 'bench/browser.ts'],
    results: 'browser',
    needs: 'build',
  },
  {
    name: 'bundle',
    description: 'gzip size of the initial JavaScript, each lazy chunk and the mock API',
    command: 'npx',
    args: ['tsx', 'bench/bundle.ts'],
    results: 'bundle',
    needs: 'build',
  },
  {
    name: 'compute',
    description:
      'filter + every aggregate, compute only: engine vs naive vs crossfilter2, 1k–1M projects',
    command: 'npx',
    args: ['tsx', 'bench/compute.ts'],
    // 1M projects and crossfilter's dimensions need more than the default heap; gc() between sizes.
    nodeOptions: '--max-old-space-size=8192 --expose-gc',
    results: 'compute',
  },
  {
    name: 'server',
    description:
      'data service: ingest rate and memory, column pages made ahead and on request, detail latency, loads of the dashboard from it, 100k and 1M, PGlite and PostgreSQL',
    command: 'npx',
    args: ['tsx', 'bench/server.ts'],
    results: 'server',
    // Ingesting 1M projects twice takes a quarter of an hour: only when asked by name.
    onlyByName: true,
  },
];

function run(step) {
  console.log(`\n▶ ${step.name}: ${step.description}`);
  const started = Date.now();
  const nodeOptions = [process.env.NODE_OPTIONS, step.nodeOptions].filter(Boolean).join(' ');
  const { status, error } = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    env: { ...process.env, ...step.env, NODE_OPTIONS: nodeOptions },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (error || status !== 0) {
    console.error(`✖ ${step.name} failed after ${seconds} s${error ? `: ${error.message}` : ''}`);
    return false;
  }
  console.log(`✔ ${step.name} done in ${seconds} s`);
  return true;
}

/** bench/results/latest.md: the DESIGN §10 budgets beside the newest figures, then each report. */
function writeLatest() {
  const results = STEPS.flatMap((step) => (step.results ? [step.results] : []));
  spawnSync('npx', ['tsx', 'bench/latest.ts', ...results], { stdio: 'inherit' });
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STEPS.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
// A step that needs another (the browser and bundle steps need the build) brings it along.
const needed = new Set(
  wanted.flatMap((name) => [name, STEPS.find((s) => s.name === name)?.needs ?? []].flat()),
);
const steps =
  wanted.length > 0 ? STEPS.filter((s) => needed.has(s.name)) : STEPS.filter((s) => !s.onlyByName);
const failed = [];
for (const step of steps) {
  if (step.needs && failed.some((f) => f.name === step.needs)) failed.push(step);
  else if (!run(step)) failed.push(step);
}
writeLatest();
process.exit(failed.length > 0 ? 1 : 0);
