import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import pg from 'pg';

/*
 * One small interface over the two ways of reaching PostgreSQL: PGlite (Postgres compiled to
 * WebAssembly, in this process, on a data folder) and node-postgres (any PostgreSQL server, or a
 * compatible distributed engine, named by DATABASE_URL). Everything else speaks plain SQL to it.
 */

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
}

export interface Database extends Queryable {
  kind: 'pglite' | 'postgres';
  /** Where the data lives, without credentials: a folder, or host:port/database. */
  location: string;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL; without it the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite's data folder (default data/pglite); 'memory://' keeps it in memory. */
  dataDir?: string | undefined;
  /**
   * PGlite only: its compiled WebAssembly module and start-up parameters, for a process that opens
   * many databases (the tests: compiling the module each time costs about half a second).
   */
  pglite?: Pick<PGliteOptions, 'pgliteWasmModule' | 'startParams'> | undefined;
}

/** PGlite's default data folder, relative to the working directory. */
export const DEFAULT_PGLITE_DIR = 'data/pglite';

/** The database the environment names: DATABASE_URL, else PGlite in PGLITE_DIR. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return { url: env.DATABASE_URL || undefined, dataDir: env.PGLITE_DIR || undefined };
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  return options.url
    ? openPostgres(options.url)
    : openPglite(options.dataDir ?? DEFAULT_PGLITE_DIR, options.pglite);
}

async function openPglite(
  dataDir: string,
  settings?: DatabaseOptions['pglite'],
): Promise<Database> {
  const memory = dataDir.startsWith('memory://');
  const location = memory ? dataDir : resolve(dataDir);
  if (!memory) mkdirSync(dirname(location), { recursive: true });
  const db = await PGlite.create(location, settings);
  const query = async <T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> => {
    const result = await db.query<T>(sql, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  return {
    kind: 'pglite',
    location,
    query,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <T>(sql: string, params?: unknown[]) => {
            const result = await tx.query<T>(sql, params);
            return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
          },
        }),
      ),
    close: () => db.close(),
  };
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  // A connection that drops while idle is replaced by the pool; the error must not crash us.
  pool.on('error', () => {});
  // Fail now, with the server's reason, rather than on the first request.
  await pool.query('SELECT 1');
  const toResult = <T>(result: pg.QueryResult): QueryResult<T> => ({
    rows: result.rows as T[],
    rowCount: result.rowCount ?? result.rows.length,
  });
  return {
    kind: 'postgres',
    location: describeUrl(url),
    query: async (sql, params) => toResult(await pool.query(sql, params)),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work({
          query: async (sql, params) => toResult(await client.query(sql, params)),
        });
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
