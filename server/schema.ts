import type { Database } from './db';

/*
 * The schema, as numbered migrations run on start. Projects are stored as the validated record's
 * JSON text, with only what the API looks up by (id) and orders by (position) as columns: fields
 * added to the record later (original currency, funders, spending…) are stored and served without
 * a migration. JSON is kept as text, byte for byte, so that the API sends exactly what was
 * validated, in the same key order as the mock API. `record` (the detail) is null when it would
 * only repeat `summary` (a record without a description).
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE portfolio (
     singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
     meta text NOT NULL,
     project_count integer NOT NULL,
     version text NOT NULL,
     modified_at timestamptz NOT NULL
   );
   CREATE TABLE projects (
     id text PRIMARY KEY,
     position bigint NOT NULL UNIQUE,
     summary text NOT NULL,
     record text NOT NULL
   );
   CREATE TABLE news (
     id text PRIMARY KEY,
     position integer NOT NULL,
     item text NOT NULL
   );`,
  // A record without a description is stored once, as its summary.
  `ALTER TABLE projects ALTER COLUMN record DROP NOT NULL`,
];

/** A number no other application is likely to lock with: several instances migrate one at a time. */
const MIGRATION_LOCK = 7_264_031;

/** Brings the schema up to date; safe to run from several instances at once. */
export async function migrate(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await tx.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_migrations',
    );
    const current = rows[0]?.version ?? 0;
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      for (const statement of MIGRATIONS[version - 1]!.split(/;\s*$/m)) {
        if (statement.trim()) await tx.query(statement);
      }
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    }
    return MIGRATIONS.length;
  });
}
