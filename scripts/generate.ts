import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { generatePortfolio } from '../backend/generator/generate-portfolio';
import { parseGenerateArgs, portfolioJsonChunks, USAGE, UsageError } from './generate-cli';

async function writeAll(stream: Writable, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}

async function main(): Promise<void> {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const options = parseGenerateArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const started = performance.now();
  const portfolio = generatePortfolio({
    count: options.count,
    seed: options.seed,
    newsCount: options.newsCount,
  });
  const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  await writeAll(out, portfolioJsonChunks(portfolio));
  if (options.out) {
    out.end('\n');
    await once(out, 'finish');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `Wrote ${portfolio.projects.length} projects and ${portfolio.news.length} news items to ${options.out} in ${seconds} s\n`,
    );
  } else {
    out.write('\n');
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(
      `generate: ${error.message}\nRun "npm run generate -- --help" for usage.\n`,
    );
    process.exit(2);
  }
  process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
