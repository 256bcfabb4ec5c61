// `npm start`: builds the dashboard for the data service when the build is missing or older than
// the sources (the mock API left out), then runs the server (server/main.ts) on PGlite, or on
// DATABASE_URL when set.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUT = process.env.STATIC_DIR ?? 'dist-app';
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'csp.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const built = join(OUT, 'index.html');
const stale = !existsSync(built) || Math.max(...SOURCES.map(newest)) > statSync(built).mtimeMs;
if (stale && process.env.SKIP_BUILD !== '1') {
  console.log(`Building the dashboard into ${OUT}/ (the API is this server's, not the mock)…`);
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
      env: { ...process.env, VITE_MOCKS: 'off' },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The server runs in this process (TypeScript through tsx), so signals reach it directly and it
// shuts down gracefully.
process.env.STATIC_DIR = OUT;
const { register } = await import('tsx/esm/api');
register();
await import('../server/main.ts');
