import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { fileURLToPath, URL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database, type DatabaseOptions } from './db';

/*
 * A new PGlite database for a test, without paying for its creation every time: PGlite's initdb
 * takes 4 to 5 s of CPU, copying the files of an empty data folder and opening it about 0.5 s
 * (loading a dump of one into memory, about 1 s). The empty folder is made once, by PGlite, and
 * kept in node_modules/.cache, named by PGlite's version, so a new version makes a new one.
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

let emptyFolder: Promise<string> | undefined;

/** An empty PGlite data folder, closed, from the cache or made now. */
function emptyDataFolder(): Promise<string> {
  const folder = fileURLToPath(
    new URL(`node_modules/.cache/pglite/empty-folder-${pgliteVersion()}`, root),
  );
  emptyFolder ??= (async () => {
    if (existsSync(folder)) return folder;
    // Made aside, then renamed: another worker may be making the same folder at once.
    const making = `${folder}.${process.pid}-${threadId}`;
    rmSync(making, { recursive: true, force: true });
    await (await openDatabase({ dataDir: making, pglite: await testSettings() })).close();
    try {
      renameSync(making, folder);
    } catch (error) {
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
  cpSync(await emptyDataFolder(), dataDir, { recursive: true });
}

/** Opens a PGlite data folder that exists (one a test made, then a command wrote to). */
export async function openTestDataFolder(dataDir: string): Promise<Database> {
  return openDatabase({ dataDir, pglite: await testSettings() });
}

/**
 * Opens a new, empty PGlite database (not migrated: the test migrates, as the server does) in
 * `dataDir`, a folder that must not exist yet, or by default in a temporary folder that closing
 * the database removes.
 */
export async function openTestDatabase(dataDir?: string): Promise<Database> {
  const temporary = dataDir ? undefined : mkdtempSync(join(tmpdir(), 'pglite-test-'));
  const folder = dataDir ?? join(temporary!, 'data');
  await newTestDataFolder(folder);
  const db = await openTestDataFolder(folder);
  if (!temporary) return db;
  return {
    ...db,
    close: async () => {
      await db.close();
      rmSync(temporary, { recursive: true, force: true });
    },
  };
}
