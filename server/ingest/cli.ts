import { parseArgs } from 'node:util';
import type { Language } from '@/domain/codes';
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
import type { IngestMode } from './write';

export const USAGE = `Load a portfolio into the database, all or nothing, in one transaction.

Usage: npm run ingest -- <file> (--replace | --merge) [options]
       npm run ingest -- --sample [--count N] [--seed S] (--replace | --merge)

  <file>          a CSV, JSON or IATI XML file, read as the Import screen reads it
  --replace       the file becomes the whole portfolio
  --merge         add the file's projects, updating those whose id is already there
  --news FILE     also load news items (JSON: { items }, { news } or a list)
  --source TEXT   the source /api/meta names (default: the file's name)
  --as-of DATE    the data date (default: the file's own, or today); completed projects
                  ending after it are rejected
  --lang en|fr    the language of the report (default en)
  --sample        the generated sample portfolio (--count, default 600; --seed, default 1)

The database is DATABASE_URL when set, else the embedded PGlite database in PGLITE_DIR
(default data/pglite). Running the same ingest twice leaves the database unchanged.
`;

export class UsageError extends Error {}

export interface IngestArgs {
  file: string | undefined;
  sample: boolean;
  count: number;
  seed: number;
  mode: IngestMode;
  news: string | undefined;
  source: string | undefined;
  asOf: string | undefined;
  lang: Language;
  help: boolean;
}

function whole(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value.replace(/_/g, '')))
    throw new UsageError(`--${flag} must be a whole number, got "${value}"`);
  return Number(value.replace(/_/g, ''));
}

export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        replace: { type: 'boolean' },
        merge: { type: 'boolean' },
        sample: { type: 'boolean' },
        count: { type: 'string' },
        seed: { type: 'string' },
        news: { type: 'string' },
        source: { type: 'string' },
        'as-of': { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const help = values.help ?? false;
  if (help) return { help } as IngestArgs;
  if (values.replace && values.merge) throw new UsageError('Give --replace or --merge, not both.');
  if (!values.replace && !values.merge) throw new UsageError('Say --replace or --merge.');
  if (positionals.length > 1) throw new UsageError('Give one file at a time.');
  const file = positionals[0];
  if (!file && !values.sample && !values.news)
    throw new UsageError('Give a file, --sample or --news FILE.');
  if (file && values.sample) throw new UsageError('Give a file or --sample, not both.');
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new UsageError('--lang must be en or fr.');
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf))
    throw new UsageError('--as-of must be a date: YYYY-MM-DD, YYYY-MM or YYYY.');
  const count = whole('count', values.count, 600);
  if (count < 0 || count > 5_000_000) throw new UsageError('--count must be 0 … 5,000,000.');
  return {
    file,
    sample: values.sample ?? false,
    count,
    seed: whole('seed', values.seed, 1),
    mode: values.replace ? 'replace' : 'merge',
    news: values.news,
    source: values.source,
    asOf,
    lang,
    help,
  };
}

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
      if (records - shown >= 50_000) {
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
