// `npm test`: typecheck, lint, unit and component tests, then the Playwright suite. Every step
// runs even when an earlier one fails, and the last line sums up the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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

const steps = [
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['lint', 'npm', ['run', 'lint']],
  [
    'unit and component tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/vitest.json',
    ],
  ],
  ['browser tests (Playwright)', 'node', ['scripts/run-playwright.mjs']],
  [
    'browser smoke test against npm start (Playwright)',
    'node',
    ['scripts/run-playwright.mjs', '--config', 'playwright.server.config.ts'],
  ],
];

const failed = [];
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) failed.push(name);
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s) ===`);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}
const vitest = readJson('reports/vitest.json');
const playwright = readJson('reports/playwright.json');
const smoke = readJson('reports/playwright-server.json');
const passed =
  (vitest?.numPassedTests ?? 0) +
  (playwright?.stats?.expected ?? 0) +
  (smoke?.stats?.expected ?? 0);
const failedTests =
  (vitest?.numFailedTests ?? 0) +
  (playwright?.stats?.unexpected ?? 0) +
  (playwright?.stats?.flaky ?? 0) +
  (smoke?.stats?.unexpected ?? 0) +
  (smoke?.stats?.flaky ?? 0);
console.log(
  `\nUnit, component and server: ${vitest?.numPassedTests ?? 0} passed; browser: ${playwright?.stats?.expected ?? 0} passed; smoke against npm start: ${smoke?.stats?.expected ?? 0} passed.`,
);
if (!testDatabaseUrl)
  console.log('PostgreSQL was not available: the server suite did not run on it.');
if (failed.length > 0) console.log(`Failed steps: ${failed.join(', ')}`);
console.log(
  `${passed} passed, ${failedTests + (failed.length > 0 && failedTests === 0 ? 1 : 0)} failed`,
);
process.exit(failed.length > 0 ? 1 : 0);
