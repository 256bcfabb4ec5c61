import { parseArgs } from 'node:util';
import { isLanguage, type Language } from '@/domain/codes';
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
  --lang en|fr|es the language of the report (default en)
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
  if (!isLanguage(lang)) throw new UsageError('--lang must be en, fr or es.');
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
