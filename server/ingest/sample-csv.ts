import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { projectsToCsvParts } from '@/lib/csv/export';

/**
 * Writes the generated sample as the dashboard's own CSV export (English headers), a part at a
 * time: the file the ingest tests kill half-way through and the benchmark loads at 1M projects.
 */
export async function writeSampleCsv(
  path: string,
  options: { count: number; seed?: number },
): Promise<void> {
  const { projects } = generatePortfolio({
    count: options.count,
    seed: options.seed ?? 1,
    newsCount: 0,
  });
  const parts = projectsToCsvParts({
    projects,
    lang: 'en',
    projectUrl: (id) => `https://example.org/projects/${encodeURIComponent(id)}`,
  });
  const out = createWriteStream(path);
  for (let i = 0; i < parts.length; i += 1000) {
    if (!out.write(parts.slice(i, i + 1000).join(''))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
