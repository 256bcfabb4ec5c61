import type { Queryable } from './db';

/** What the database holds about the portfolio as a whole. */
export interface PortfolioState {
  /** The meta as ingested (asOf, source, currency and whatever else it carries), as JSON. */
  meta: Record<string, unknown>;
  projectCount: number;
  /** Changes exactly when what the API serves changes: the ETag. */
  version: string;
  modifiedAt: Date;
}

interface StateRow {
  meta: string;
  project_count: number;
  version: string;
  modified_at: Date | string;
}

/** The portfolio's state, or undefined before anything was ingested. */
export async function readState(db: Queryable): Promise<PortfolioState | undefined> {
  const { rows } = await db.query<StateRow>(
    'SELECT meta, project_count, version, modified_at FROM portfolio',
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    meta: JSON.parse(row.meta) as Record<string, unknown>,
    projectCount: Number(row.project_count),
    version: row.version,
    modifiedAt: new Date(row.modified_at),
  };
}

/** The summaries (JSON text) of the projects at positions offset … offset + limit - 1, in order. */
export async function readSummaries(
  db: Queryable,
  offset: number,
  limit: number,
): Promise<string[]> {
  // Positions are kept dense (0 … count - 1), so a page is an index range, not an OFFSET scan.
  const { rows } = await db.query<{ summary: string }>(
    'SELECT summary FROM projects WHERE position >= $1 AND position < $2 ORDER BY position',
    [offset, offset + limit],
  );
  return rows.map((row) => row.summary);
}

/** A project's full record (JSON text), or undefined for an unknown id. */
export async function readRecord(db: Queryable, id: string): Promise<string | undefined> {
  const { rows } = await db.query<{ record: string }>('SELECT record FROM projects WHERE id = $1', [
    id,
  ]);
  return rows[0]?.record;
}

/** Every news item (parsed), in the order ingested. */
export async function readNews(db: Queryable): Promise<unknown[]> {
  const { rows } = await db.query<{ item: string }>('SELECT item FROM news ORDER BY position');
  return rows.map((row) => JSON.parse(row.item) as unknown);
}
