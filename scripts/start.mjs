// `npm start`: builds the dashboard for the data service when the build is missing or older than
// the sources (the mock API left out), then runs the server (server/main.ts) on PGlite, or on
// DATABASE_URL when set.
import { buildIfStale } from './build-if-stale.mjs';

const OUT = process.env.STATIC_DIR ?? 'dist-app';

if (process.env.SKIP_BUILD !== '1') {
  // Built without the mock API: the API is this server's.
  const status = buildIfStale(OUT, { VITE_MOCKS: 'off' });
  if (status !== 0) process.exit(status);
}

// The server runs in this process (TypeScript through tsx), so signals reach it directly and it
// shuts down gracefully.
process.env.STATIC_DIR = OUT;
const { register } = await import('tsx/esm/api');
register();
await import('../server/main.ts');
