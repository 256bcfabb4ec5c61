// Runs the benchmarks (DESIGN §10) one step after another and links their newest results from
// bench/results/latest.md. `npm run bench` runs every step; `npm run bench -- compute` only some.
// A step writes bench/results/<YYYY-MM-DD>-<results>.md (and .json); add new steps to STEPS.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

const RESULTS = 'bench/results';

/** The benchmark steps, in the order they run. */
const STEPS = [
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
];

function run(step) {
  console.log(`\n▶ ${step.name}: ${step.description}`);
  const started = Date.now();
  const nodeOptions = [process.env.NODE_OPTIONS, step.nodeOptions].filter(Boolean).join(' ');
  const { status, error } = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (error || status !== 0) {
    console.error(`✖ ${step.name} failed after ${seconds} s${error ? `: ${error.message}` : ''}`);
    return false;
  }
  console.log(`✔ ${step.name} done in ${seconds} s`);
  return true;
}

/** The newest results file of a step (dated names sort by date). */
function newest(results, ext) {
  if (!existsSync(RESULTS)) return undefined;
  return readdirSync(RESULTS)
    .filter((f) => f.endsWith(`-${results}.${ext}`))
    .sort()
    .at(-1);
}

function writeLatest() {
  const sections = STEPS.flatMap((step) => {
    const md = newest(step.results, 'md');
    if (!md) return [`## ${step.name}`, '', 'No results yet.', ''];
    const json = newest(step.results, 'json');
    const body = readFileSync(`${RESULTS}/${md}`, 'utf8')
      .replace(/^# .*\n/, '')
      .replace(/^## /gm, '### ');
    return [
      `## ${step.name}: [${md}](${md})${json ? ` · [${json}](${json})` : ''}`,
      '',
      body.trim(),
      '',
    ];
  });
  writeFileSync(`${RESULTS}/latest.md`, ['# Latest benchmark results', '', ...sections].join('\n'));
  console.log(`\nLinked from ${RESULTS}/latest.md`);
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STEPS.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
const steps = wanted.length > 0 ? STEPS.filter((s) => wanted.includes(s.name)) : STEPS;
const failed = steps.filter((step) => !run(step));
writeLatest();
process.exit(failed.length > 0 ? 1 : 0);
