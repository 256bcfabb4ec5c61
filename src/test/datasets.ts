import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The shared real-data folder: `DATASETS_DIR`, else `shared/datasets` beside the checkout
 * (how CI lays it out), else beside the main checkout of a worktree.
 */
export function datasetsDir(): string {
  const candidates = [
    process.env.DATASETS_DIR,
    resolve(process.cwd(), 'shared/datasets'),
    resolve(process.cwd(), '../shared/datasets'),
    resolve(process.cwd(), '../../shared/datasets'),
    '/work/shared/datasets',
  ].filter((dir): dir is string => dir !== undefined);
  const found = candidates.find((dir) => existsSync(join(dir, 'SOURCES.md')));
  if (!found)
    throw new Error(
      `shared/datasets not found (looked in ${candidates.join(', ')}); set DATASETS_DIR`,
    );
  return found;
}

/** The data files (not the notes) in the shared folder. */
export function datasetFiles(): string[] {
  return readdirSync(datasetsDir(), { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.md'))
    .map((entry) => entry.name)
    .sort();
}

export function readDataset(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(datasetsDir(), name)));
}
