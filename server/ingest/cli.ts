import { resolve } from 'node:path';
import { databaseOptionsFromEnv, DEFAULT_PGLITE_DIR, openDatabase } from '../db';
import { migrate } from '../schema';
import { parseIngestArgs, UsageError, USAGE, type IngestArgs } from './args';
import { runIngest, type IngestOutput } from './run';
import { forwardIngest, ingestSocketPath } from './socket';

/** `npm run ingest`: see USAGE. */
async function main(): Promise<number> {
  let args: IngestArgs;
  try {
    args = parseIngestArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const output: IngestOutput = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  const options = databaseOptionsFromEnv();
  if (!options.url) {
    // A running server holds the PGlite folder: it runs the ingest for us.
    const absolute: IngestArgs = {
      ...args,
      file: args.file && resolve(args.file),
      news: args.news && resolve(args.news),
    };
    const socket = ingestSocketPath(options.dataDir ?? DEFAULT_PGLITE_DIR);
    const forwarded = await forwardIngest(socket, absolute, output);
    if (forwarded !== undefined) return forwarded;
  }
  const db = await openDatabase(options);
  try {
    await migrate(db);
    return await runIngest(db, args, output);
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
// For the benchmark: the peak memory of the whole command, in MB.
if (process.env.INGEST_PEAK_MEMORY === '1')
  process.stderr.write(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
