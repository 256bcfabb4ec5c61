import { databaseOptionsFromEnv, DEFAULT_PGLITE_DIR, openDatabase } from './db';
import { buildApp, DEFAULT_PAGE_CACHE_BYTES } from './app';
import { ingest } from './ingest/ingest';
import { serveIngestSocket, ingestSocketPath } from './ingest/socket';
import { readSample } from './ingest/sources';
import { migrate } from './schema';
import { readState } from './store';

/*
 * `npm start`: migrate the database, seed an empty one with the sample portfolio, serve the API
 * and the built dashboard, and stop cleanly on SIGINT/SIGTERM (requests under way finish first).
 */

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const staticDir = process.env.STATIC_DIR ?? 'dist-app';

/** `PAGE_CACHE_MB`: megabytes of compressed column pages kept (0: none); else the default. */
function pageCacheBytes(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PAGE_CACHE_BYTES;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes < 0) {
    console.error(`PAGE_CACHE_MB must be a number of megabytes, 0 or more; got "${value}".`);
    process.exit(2);
  }
  return Math.round(megabytes * 1024 * 1024);
}

const options = databaseOptionsFromEnv();
const db = await openDatabase(options);
await migrate(db);
if (!(await readState(db)) && process.env.SEED !== 'off') {
  const { write } = await ingest(db, readSample(), 'merge');
  console.log(
    JSON.stringify({
      msg: 'seeded an empty database with the sample',
      projects: write.projectCount,
    }),
  );
}
const app = await buildApp({
  db,
  staticDir,
  pageCacheBytes: pageCacheBytes(process.env.PAGE_CACHE_MB),
  warmPages: true,
});
// PGlite is this process's alone: `npm run ingest` hands its work over through a socket.
const closeIngestSocket =
  db.kind === 'pglite'
    ? await serveIngestSocket(db, ingestSocketPath(options.dataDir ?? DEFAULT_PGLITE_DIR))
    : async () => {};

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'stopping');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await closeIngestSocket();
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port, host });
app.log.info(
  { database: db.kind, location: db.location, url: `http://localhost:${port}/` },
  'portfolio dashboard serving',
);
