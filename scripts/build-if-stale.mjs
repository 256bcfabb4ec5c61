// Builds the dashboard into a folder unless that folder already holds a build of the current
// sources made with the same settings: `npm test` and `npm start` never rebuild what is built.
//   node scripts/build-if-stale.mjs e2e|smoke                 (a build the test suites serve)
//   node scripts/build-if-stale.mjs <outDir> [NAME=value …]   (the VITE_* settings of the build)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What a build is made of: a change to any of these makes the next build run. */
const SOURCES = [
  'src',
  'mocks',
  'backend',
  'public',
  'index.html',
  'vite.config.ts',
  'csp.ts',
  'package-lock.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/**
 * Builds into `outDir` with the given VITE_* settings when the sources changed since its last
 * build or the settings differ; returns the exit status (0 when nothing needed doing).
 */
export function buildIfStale(outDir, settings = {}) {
  const stamp = join(outDir, '.build-settings.json');
  const wanted = JSON.stringify(settings);
  const fresh =
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === wanted &&
    Math.max(...SOURCES.map(newest)) < statSync(stamp).mtimeMs;
  if (fresh) {
    console.log(`${outDir}/ is a build of the current sources: not rebuilt.`);
    return 0;
  }
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit', env: { ...process.env, ...settings } },
  );
  if (result.status === 0) writeFileSync(stamp, wanted);
  return result.status ?? 1;
}

/**
 * The builds the test suites serve, by name, with their folder and settings: one list that
 * `npm test` (which makes them beside the typecheck) and the Playwright configs both read.
 */
export const TEST_BUILDS = JSON.parse(
  readFileSync(new URL('./test-builds.json', import.meta.url), 'utf8'),
);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [target, ...pairs] = process.argv.slice(2);
  if (!target) {
    console.error('usage: node scripts/build-if-stale.mjs e2e|smoke | <outDir> [NAME=value …]');
    process.exit(2);
  }
  const named = Object.hasOwn(TEST_BUILDS, target) ? TEST_BUILDS[target] : undefined;
  const settings = named
    ? named.settings
    : Object.fromEntries(pairs.map((pair) => pair.split(/=(.*)/s).slice(0, 2)));
  process.exit(buildIfStale(named ? named.outDir : target, settings));
}
