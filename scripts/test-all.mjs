// `npm test`: typecheck, lint, unit and component tests, then the Playwright suite. Every step
// runs even when an earlier one fails, and the last line sums up the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// Start empty, so a step that dies before writing its report is not counted from an old one.
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
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
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failedTests =
  (vitest?.numFailedTests ?? 0) +
  (playwright?.stats?.unexpected ?? 0) +
  (playwright?.stats?.flaky ?? 0);
console.log(
  `\nUnit and component: ${vitest?.numPassedTests ?? 0} passed; browser: ${playwright?.stats?.expected ?? 0} passed.`,
);
if (failed.length > 0) console.log(`Failed steps: ${failed.join(', ')}`);
console.log(
  `${passed} passed, ${failedTests + (failed.length > 0 && failedTests === 0 ? 1 : 0)} failed`,
);
process.exit(failed.length > 0 ? 1 : 0);
