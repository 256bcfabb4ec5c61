import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import { fileURLToPath, URL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database, type DatabaseOptions } from './db';

/*
 * A new PGlite database for a test, without paying for its creation every time: PGlite's initdb
 * takes 4 to 5 s of CPU, loading a copy of an empty data folder about 1 s, copying the files of
 * one a few milliseconds. The copies are made once (by PGlite itself: an empty database dumped as
 * a tarball, for databases in memory, and that tarball loaded into a folder, for data folders)
 * and kept in node_modules/.cache, named by PGlite's version, so a new version makes new ones.
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

const cache = (name: string) =>
  fileURLToPath(new URL(`node_modules/.cache/pglite/${name}-${pgliteVersion()}`, root));
/** Where this worker makes a cache entry before renaming it: another may be making it at once. */
const partial = (path: string) => `${path}.${process.pid}-${threadId}`;

let pglite: Promise<NonNullable<DatabaseOptions['pglite']>> | undefined;

/**
 * PGlite's settings for the tests: its WebAssembly module compiled once per worker (half a second
 * of CPU an open otherwise), and 16 MB of shared buffers instead of 128 MB (setting up the 128 MB
 * takes another half second; the tests' databases hold a few megabytes). `npm run ingest`, which
 * the ingest test runs, keeps PGlite's own settings.
 */
function testSettings() {
  pglite ??= (async () => {
    const wasm = new URL('node_modules/@electric-sql/pglite/dist/pglite.wasm', root);
    return {
      pgliteWasmModule: await WebAssembly.compile(readFileSync(wasm)),
      startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
    };
  })();
  return pglite;
}

async function makeEmptyDataFolder(file: string): Promise<Blob> {
  const db = await PGlite.create('memory://');
  try {
    const copy = await db.dumpDataDir('none');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial(file), new Uint8Array(await copy.arrayBuffer()));
    renameSync(partial(file), file);
    return copy;
  } finally {
    await db.close();
  }
}

let emptyDataFolder: Promise<Blob> | undefined;

/** The tarball of an empty PGlite data folder, from the cache or made now. */
function emptyDataFolderCopy(): Promise<Blob> {
  const file = `${cache('empty')}.tar`;
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
  if (!dataDir.startsWith('memory://')) {
    await newTestDataFolder(dataDir);
    return openTestDataFolder(dataDir);
  }
  const [copyOf, settings] = await Promise.all([emptyDataFolderCopy(), testSettings()]);
  return openDatabase({ dataDir, copyOf, pglite: settings });
}

/** Opens a PGlite data folder that exists (one a test made, then the command wrote to). */
export async function openTestDataFolder(dataDir: string): Promise<Database> {
  return openDatabase({ dataDir, pglite: await testSettings() });
}

let emptyFolder: Promise<string> | undefined;

/** An empty PGlite data folder, closed, from the cache or made now from the tarball. */
function emptyDataFolderFiles(): Promise<string> {
  const folder = cache('empty-folder');
  emptyFolder ??= (async () => {
    if (existsSync(folder)) return folder;
    const making = partial(folder);
    rmSync(making, { recursive: true, force: true });
    const [copyOf, settings] = await Promise.all([emptyDataFolderCopy(), testSettings()]);
    await (await openDatabase({ dataDir: making, copyOf, pglite: settings })).close();
    try {
      renameSync(making, folder);
    } catch (error) {
      // Another worker renamed its copy first: use that one.
      rmSync(making, { recursive: true, force: true });
      if (!existsSync(folder)) throw error;
    }
    return folder;
  })();
  return emptyFolder;
}

/**
 * Makes `dataDir` (which must not exist yet) a new, empty PGlite data folder, as a first
 * `npm start` or `npm run ingest` finds it, by copying the files of one.
 */
export async function newTestDataFolder(dataDir: string): Promise<void> {
  if (existsSync(dataDir)) throw new Error(`${dataDir} exists already`);
  cpSync(await emptyDataFolderFiles(), dataDir, { recursive: true });
}
