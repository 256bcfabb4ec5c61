// `npm test`: typecheck, lint, unit and component tests, then the Playwright suites. Every step
// runs even when an earlier one fails, and the last lines sum up the tests and the time taken.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeSync } from 'node:fs';

/**
 * CPU seconds (user + system) used so far by the finished child processes and all they waited
 * for, from /proc (Linux); undefined elsewhere. The CPU a phase took is the difference.
 */
function childCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime, fields 16 and 17 of the file (13 and 14 after the command name), in ticks.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

// `test-all.mjs --measure <command> <args…>`: runs one step and reports on file descriptor 3 the
// CPU it took, so that steps running at once are each measured apart.
if (process.argv[2] === '--measure') {
  const [command, ...args] = process.argv.slice(3);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  writeSync(3, JSON.stringify({ cpu: childCpuSeconds() ?? null }));
  process.exit(result.status ?? 1);
}

// Start empty, so a step that dies before writing its report is not counted from an old one.
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
// The server suite (server/**/*.test.ts, in the unit step) runs on the mock API and PGlite
// always, and on PostgreSQL too when the local cluster can be started: say which.
const postgres = spawnSync('node', ['scripts/local-postgres.mjs'], { encoding: 'utf8' });
const testDatabaseUrl = postgres.status === 0 ? postgres.stdout.trim() : undefined;
if (testDatabaseUrl) {
  process.env.TEST_DATABASE_URL = testDatabaseUrl;
  console.log(
    `Server suite: on the mock API, PGlite and PostgreSQL (${testDatabaseUrl.replace(/\/\/[^@]*@/, '//')}).`,
  );
} else {
  console.log(
    `Server suite: on the mock API and PGlite only. SKIPPED on PostgreSQL: ${postgres.stderr.trim() || 'it could not be started'}`,
  );
}

/**
 * The steps, in phases. Steps of a phase run at once. First the typecheck and lint (one thread
 * each) share the machine with the two builds the browser suites serve, so those suites find them
 * built. Then Vitest runs beside the Playwright suite: Playwright mostly waits on its browsers and
 * the page's timers (about half a core of two), so Vitest, on one worker there, fills the idle core
 * instead of adding its own minutes after Playwright's. Each step's output is printed whole when
 * it ends, so it never interleaves.
 */
const vitest = (workers) => [
  'unit and component tests (Vitest)',
  'npx',
  [
    'vitest',
    'run',
    `--maxWorkers=${workers}`,
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=reports/vitest.json',
  ],
];
const phases = [
  [
    ['typecheck', 'npm', ['run', 'typecheck']],
    ['lint', 'npm', ['run', 'lint']],
    [
      'builds for the browser suites',
      'sh',
      ['-c', 'node scripts/build-if-stale.mjs e2e && node scripts/build-if-stale.mjs smoke'],
    ],
  ],
  [vitest(2), ['browser tests (Playwright)', 'node', ['scripts/run-playwright.mjs']]],
  [
    [
      'browser smoke test against npm start (Playwright)',
      'node',
      ['scripts/run-playwright.mjs', '--config', 'playwright.server.config.ts'],
    ],
  ],
];

/**
 * Runs a step (through `--measure`, which reports its CPU); alone it prints as it goes, beside
 * others it prints when it ends. Resolves to whether it passed, its wall and its CPU seconds.
 */
function run([name, command, args], alone) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [import.meta.filename, '--measure', command, ...args], {
      stdio: ['inherit', alone ? 'inherit' : 'pipe', alone ? 'inherit' : 'pipe', 'pipe'],
    });
    let output = '';
    let measured = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.stdio[3].on('data', (chunk) => (measured += chunk));
    child.on('close', (status) => {
      const wall = (Date.now() - started) / 1000;
      const cpu = measured ? (JSON.parse(measured).cpu ?? undefined) : undefined;
      if (!alone) console.log(`\n=== ${name} ===\n${output.trimEnd()}`);
      console.log(`=== ${name}: ${status === 0 ? 'ok' : 'FAILED'} (${seconds(wall, cpu)}) ===`);
      resolve({ name, ok: status === 0, wall, cpu });
    });
  });
}

/** `123 s wall, 98 s CPU` (the CPU left out where it cannot be read). */
function seconds(wall, cpu) {
  return `${wall.toFixed(0).padStart(4)} s wall${cpu === undefined ? '' : `, ${cpu.toFixed(0).padStart(4)} s CPU`}`;
}

const failed = [];
const timings = [];
const startedAll = Date.now();
for (const phase of phases) {
  const names = phase.map(([name]) => name).join(' + ');
  if (phase.length === 1) console.log(`\n=== ${names} ===`);
  else console.log(`\n=== at once: ${phase.map(([name]) => name).join(', ')} ===`);
  const started = Date.now();
  const cpuBefore = childCpuSeconds();
  const steps = await Promise.all(phase.map((step) => run(step, phase.length === 1)));
  for (const step of steps) if (!step.ok) failed.push(step.name);
  const cpuAfter = childCpuSeconds();
  timings.push({
    names,
    wall: (Date.now() - started) / 1000,
    cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    steps: phase.length > 1 ? steps : [],
  });
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}
const unit = readJson('reports/vitest.json');
const playwright = readJson('reports/playwright.json');
const smoke = readJson('reports/playwright-server.json');
const passed =
  (unit?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (smoke?.stats?.expected ?? 0);
const failedTests =
  (unit?.numFailedTests ?? 0) +
  (playwright?.stats?.unexpected ?? 0) +
  (playwright?.stats?.flaky ?? 0) +
  (smoke?.stats?.unexpected ?? 0) +
  (smoke?.stats?.flaky ?? 0);
console.log('\nTime per phase:');
for (const { names, wall, cpu, steps } of timings) {
  console.log(`  ${seconds(wall, cpu)}: ${names}`);
  for (const step of steps) console.log(`      ${seconds(step.wall, step.cpu)}: ${step.name}`);
}
console.log(
  `Unit, component and server: ${unit?.numPassedTests ?? 0} passed; browser: ${playwright?.stats?.expected ?? 0} passed; smoke against npm start: ${smoke?.stats?.expected ?? 0} passed.`,
);
if (!testDatabaseUrl)
  console.log('PostgreSQL was not available: the server suite did not run on it.');
if (failed.length > 0) console.log(`Failed steps: ${failed.join(', ')}`);
console.log(
  `${passed} passed, ${failedTests + (failed.length > 0 && failedTests === 0 ? 1 : 0)} failed`,
);
const cpuAll = childCpuSeconds();
console.log(
  `npm test took ${((Date.now() - startedAll) / 1000).toFixed(0)} s${cpuAll === undefined ? '' : ` (${cpuAll.toFixed(0)} s of CPU)`}.`,
);
process.exit(failed.length > 0 ? 1 : 0);
