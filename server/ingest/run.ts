import type { Database } from '../db';
import type { IngestArgs } from './args';
import { formatReport, ingest } from './ingest';
import {
  IngestError,
  readNewsFile,
  readPortfolioFile,
  readSample,
  type Ingestible,
} from './sources';

/** Where an ingest writes: its report (out) and its progress and errors (err). */
export interface IngestOutput {
  out(text: string): void;
  err(text: string): void;
}

function unreadable(path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'a folder, not a file'
          : (error as Error).message;
  throw new IngestError(`Cannot read ${path}: ${why}.`);
}

async function sourceOf(args: IngestArgs): Promise<Ingestible> {
  if (args.sample) return readSample({ count: args.count, seed: args.seed });
  if (args.file) {
    const file = args.file;
    return readPortfolioFile(file, {
      lang: args.lang,
      source: args.source,
      asOf: args.asOf,
    }).catch((error: unknown) => {
      if (error instanceof IngestError) throw error;
      unreadable(file, error);
    });
  }
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

/**
 * One ingest as the command line asks for it, with its report. The exit code: 0 loaded (or
 * nothing to change), 1 nothing loaded because the input is unusable. `signal` aborts it, and
 * the transaction is rolled back.
 */
export async function runIngest(
  db: Database,
  args: IngestArgs,
  output: IngestOutput,
  signal?: AbortSignal,
): Promise<number> {
  try {
    if (!args.file && !args.sample && args.mode === 'replace')
      throw new IngestError('News alone can only be merged (--merge).');
    const source = await sourceOf(args);
    if (args.news) {
      const news = args.news;
      source.news = await readNewsFile(news).catch((error: unknown) => {
        if (error instanceof IngestError) throw error;
        unreadable(news, error);
      });
    }
    output.err(
      `Ingesting into ${db.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} (${db.location})…\n`,
    );
    let shown = 0;
    const outcome = await ingest(db, source, args.mode, (records) => {
      if (signal?.aborted) throw new IngestError('Stopped before the end.');
      if (records - shown >= 10_000) {
        shown = records;
        const rss = Math.round(process.memoryUsage.rss() / 2 ** 20);
        output.err(`  ${records.toLocaleString('en-US')} records read (memory ${rss} MB)\n`);
      }
    });
    output.out(`${formatReport(outcome, args.lang)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    output.err(`Nothing was loaded: ${error.message}\n`);
    return 1;
  }
}
