import { databaseOptionsFromEnv, openDatabase } from '../db';
import { migrate } from '../schema';
import { formatReport, ingest } from './ingest';
import {
  IngestError,
  readNewsFile,
  readPortfolioFile,
  readSample,
  type Ingestible,
} from './sources';
import { parseIngestArgs, UsageError, USAGE, type IngestArgs } from './args';

async function sourceOf(args: IngestArgs): Promise<Ingestible> {
  if (args.sample) return readSample({ count: args.count, seed: args.seed });
  if (args.file)
    return readPortfolioFile(args.file, { lang: args.lang, source: args.source, asOf: args.asOf });
  // News alone: merged into the portfolio as it is.
  return {
    meta: {},
    report: {
      source: args.news!,
      format: 'json',
      records: 0,
      accepted: 0,
      rejected: 0,
      rejections: [],
      notes: [],
      budgetUsd: 0,
    },
    batches: (async function* () {})(),
  };
}

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
  const db = await openDatabase(databaseOptionsFromEnv());
  try {
    await migrate(db);
    const source = await sourceOf(args);
    if (args.news) source.news = await readNewsFile(args.news);
    if (!args.file && !args.sample && args.mode === 'replace')
      throw new IngestError('News alone can only be merged (--merge).');
    process.stderr.write(`Ingesting into ${db.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} (${db.location})…\n`);
    let shown = 0;
    const outcome = await ingest(db, source, args.mode, (records) => {
      if (records - shown >= 10_000) {
        shown = records;
        process.stderr.write(`  ${records.toLocaleString('en-US')} records read\n`);
      }
    });
    process.stdout.write(`${formatReport(outcome, args.lang)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    process.stderr.write(`Nothing was loaded: ${error.message}\n`);
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
