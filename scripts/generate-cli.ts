import { parseArgs } from 'node:util';
import type { Portfolio } from '../backend/generator/generate-portfolio';

/** The options of `npm run generate`. */
export interface GenerateCliOptions {
  count: number;
  seed: number;
  newsCount: number;
  out: string | undefined;
  help: boolean;
}

/** A mistake in the command line, reported with the usage hint and exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Generate the sample portfolio as JSON: { meta, projects, news }.

Usage: npm run generate -- [--count N] [--seed N] [--news N] [--out FILE]

  --count N   number of projects, the real record RR.0083 included (default 600, at most 5000000)
  --seed N    any integer; the same seed gives the same bytes (default 1)
  --news N    number of news items (default 40)
  --out FILE  write to FILE instead of standard output
  --help      show this help
`;

const MAX_COUNT = 5_000_000;

function integer(
  flag: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const text = value.replace(/_/g, '');
  if (!/^-?\d+$/.test(text)) throw new UsageError(`--${flag} must be an integer, got "${value}"`);
  const n = Number(text);
  if (n < min || n > max)
    throw new UsageError(`--${flag} must be between ${min} and ${max}, got ${value}`);
  return n;
}

/** Reads the command line; throws UsageError for unknown flags, missing values and bad numbers. */
export function parseGenerateArgs(argv: readonly string[]): GenerateCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        count: { type: 'string', short: 'c' },
        seed: { type: 'string', short: 's' },
        news: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.out !== undefined && values.out.trim() === '')
    throw new UsageError('--out needs a file name');
  return {
    count: integer('count', values.count, 600, 0, MAX_COUNT),
    seed: integer('seed', values.seed, 1, -(2 ** 31), 2 ** 32 - 1),
    newsCount: integer('news', values.news, 40, 0, 100_000),
    out: values.out,
    help: values.help ?? false,
  };
}

/**
 * The portfolio as compact JSON, in pieces: a million projects make a string longer than a
 * JavaScript engine allows, so the file is written project batch by batch. Joined, the pieces
 * equal JSON.stringify(portfolio).
 */
export function* portfolioJsonChunks(portfolio: Portfolio, batchSize = 2000): Generator<string> {
  yield `{"meta":${JSON.stringify(portfolio.meta)},"projects":[`;
  const { projects } = portfolio;
  for (let i = 0; i < projects.length; i += batchSize) {
    const batch = projects.slice(i, i + batchSize).map((p) => JSON.stringify(p));
    yield (i === 0 ? '' : ',') + batch.join(',');
  }
  yield `],"news":${JSON.stringify(portfolio.news)}}`;
}
