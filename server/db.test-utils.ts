import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { fileURLToPath, URL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from './db';

/*
 * A new PGlite database for a test, without paying for its creation every time: PGlite's initdb
 * takes 4 to 5 s of CPU, loading a copy of an empty data folder about 1 s. The copy is made once
 * (by PGlite itself: an empty database dumped as a tarball) and kept in node_modules/.cache, named
 * by PGlite's version, so a new version makes a new one.
 */

const root = new URL('../', import.meta.url);

function pgliteVersion(): string {
  try {
    const manifest = new URL('node_modules/@electric-sql/pglite/package.json', root);
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function makeEmptyDataFolder(file: URL): Promise<Blob> {
  const db = await PGlite.create('memory://');
  try {
    const copy = await db.dumpDataDir('none');
    // Written aside, then renamed: another worker may be writing the same copy at once.
    mkdirSync(fileURLToPath(new URL('.', file)), { recursive: true });
    const partial = `${fileURLToPath(file)}.${process.pid}-${threadId}`;
    writeFileSync(partial, new Uint8Array(await copy.arrayBuffer()));
    renameSync(partial, fileURLToPath(file));
    return copy;
  } finally {
    await db.close();
  }
}

let emptyDataFolder: Promise<Blob> | undefined;

/** The tarball of an empty PGlite data folder, from the cache or made now. */
function emptyDataFolderCopy(): Promise<Blob> {
  const file = new URL(`node_modules/.cache/pglite/empty-${pgliteVersion()}.tar`, root);
  emptyDataFolder ??= (async () => {
    try {
      return new Blob([readFileSync(file)]);
    } catch {
      return makeEmptyDataFolder(file);
    }
  })();
  return emptyDataFolder;
}

/**
 * Opens a new, empty PGlite database (not migrated: the test migrates, as the server does) in
 * memory or in `dataDir`, a folder that must not exist yet.
 */
export async function openTestDatabase(dataDir = 'memory://'): Promise<Database> {
  return openDatabase({ dataDir, copyOf: await emptyDataFolderCopy() });
}
