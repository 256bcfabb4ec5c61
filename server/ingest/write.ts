import { createHash } from 'node:crypto';
import { toSummary } from '@/domain/api/query';
import type { Database, Queryable } from '../db';
import { readState } from '../store';

export type IngestMode = 'replace' | 'merge';

/** A validated record on its way in, with its position in the source file. */
export interface IngestRecord {
  index: number;
  id: string;
  record: unknown;
}

export interface PortfolioInput {
  /** asOf, source, currency and anything else the portfolio says about itself. */
  meta: Record<string, unknown>;
  /** Batches of validated records, read as they are needed (a file is never held whole). */
  batches: AsyncIterable<IngestRecord[]>;
  /** News items; with `replace`, none means the old news goes too. */
  news?: readonly { id: string }[] | undefined;
}

export interface WriteSummary {
  mode: IngestMode;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Records whose id an earlier record of the same input already had (the first one wins). */
  duplicates: { index: number; id: string }[];
  projectCount: number;
  newsCount: number;
  /** Whether the database now serves something other than before. */
  changed: boolean;
  version: string;
}

/** Ingests wait for each other on this lock (several instances, several commands). */
const INGEST_LOCK = 7_264_032;

/** Rows per INSERT: large enough to amortise a round trip, small enough to keep memory flat. */
const CHUNK = 2000;

function merged(old: Record<string, unknown> | undefined, next: Record<string, unknown>) {
  if (!old) return next;
  const sources = String(old.source ?? '')
    .split('; ')
    .filter((s) => s !== '');
  const source = String(next.source ?? '');
  if (source && !sources.includes(source)) sources.push(source);
  const asOf = [String(old.asOf ?? ''), String(next.asOf ?? '')].sort().at(-1);
  return { ...old, ...next, asOf, source: sources.join('; ') };
}

/**
 * Writes a portfolio in one transaction: everything or, if anything fails (or the process is
 * killed), nothing. `replace` swaps the whole portfolio; `merge` upserts projects and news by id,
 * new projects going after the existing ones. Writing the same input twice leaves the database as
 * the first write left it, its version and modification time included.
 */
export async function writePortfolio(
  db: Database,
  mode: IngestMode,
  input: PortfolioInput,
  onProgress?: (records: number) => void,
): Promise<WriteSummary> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    const before = await readState(tx);
    const hash = createHash('sha256');
    const summary: WriteSummary = {
      mode,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      duplicates: [],
      projectCount: 0,
      newsCount: 0,
      changed: false,
      version: before?.version ?? '',
    };
    let next = 0;
    if (mode === 'replace') {
      await tx.query('DELETE FROM projects');
    } else {
      await tx.query('CREATE TEMP TABLE ingest_seen (id text PRIMARY KEY) ON COMMIT DROP');
      const { rows } = await tx.query<{ next: number }>(
        'SELECT (coalesce(max(position), -1) + 1)::float8 AS next FROM projects',
      );
      next = Number(rows[0]?.next ?? 0);
    }
    let read = 0;
    for await (const batch of input.batches) {
      for (let at = 0; at < batch.length; at += CHUNK) {
        const chunk = batch.slice(at, at + CHUNK);
        next = await (mode === 'replace'
          ? insertAll(tx, chunk, next, hash, summary)
          : upsert(tx, await firstSeen(tx, chunk, summary.duplicates), next, hash, summary));
      }
      read += batch.length;
      onProgress?.(read);
    }
    if (summary.duplicates.length > 0 && mode === 'replace') await closeGaps(tx);
    const meta = mode === 'merge' ? merged(before?.meta, input.meta) : input.meta;
    const newsChanged = await writeNews(tx, mode, input.news, hash, summary);
    const { rows } = await tx.query<{ n: number }>('SELECT count(*)::float8 AS n FROM projects');
    summary.projectCount = Number(rows[0]?.n ?? 0);
    const metaText = JSON.stringify(meta);
    hash.update(`meta:${metaText}`);
    const digest = hash.digest('hex').slice(0, 32);
    if (mode === 'replace') {
      // Replace: the version is the content's own fingerprint, so the same file gives the same one.
      summary.changed = digest !== before?.version;
      summary.version = digest;
    } else {
      summary.changed =
        !before ||
        summary.inserted + summary.updated > 0 ||
        newsChanged ||
        metaText !== JSON.stringify(before.meta);
      summary.version = summary.changed
        ? createHash('sha256')
            .update(`${before?.version ?? ''}+${digest}`)
            .digest('hex')
            .slice(0, 32)
        : before!.version;
    }
    if (summary.changed) {
      await tx.query(
        `INSERT INTO portfolio (singleton, meta, project_count, version, modified_at)
         VALUES (true, $1, $2, $3, now())
         ON CONFLICT (singleton) DO UPDATE SET meta = excluded.meta,
           project_count = excluded.project_count, version = excluded.version,
           modified_at = excluded.modified_at`,
        [metaText, summary.projectCount, summary.version],
      );
    }
    if (mode === 'replace' && before && !summary.changed) {
      summary.unchanged = summary.inserted;
      summary.inserted = 0;
    }
    return summary;
  });
}

/** The records of a chunk whose id has not been seen in this ingest; the others are duplicates. */
async function firstSeen(
  tx: Queryable,
  chunk: readonly IngestRecord[],
  duplicates: WriteSummary['duplicates'],
): Promise<IngestRecord[]> {
  const { rows } = await tx.query<{ id: string }>(
    'INSERT INTO ingest_seen SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING id',
    [chunk.map((r) => r.id)],
  );
  const fresh = new Set(rows.map((row) => row.id));
  const kept: IngestRecord[] = [];
  for (const record of chunk) {
    if (fresh.delete(record.id)) kept.push(record);
    else duplicates.push({ index: record.index, id: record.id });
  }
  return kept;
}

/** The JSON texts to store; a record with nothing beyond its summary is stored once (null). */
function texts(records: readonly IngestRecord[], hash: ReturnType<typeof createHash>) {
  const ids: string[] = [];
  const summaries: string[] = [];
  const full: (string | null)[] = [];
  for (const { id, record } of records) {
    const text = JSON.stringify(record);
    const summary = JSON.stringify(toSummary(record));
    ids.push(id);
    summaries.push(summary);
    full.push(text === summary ? null : text);
    hash.update(text).update('\n');
  }
  return { ids, summaries, full };
}

/**
 * Replace: inserts a chunk after the records before it. A record whose id an earlier one had is
 * not inserted (the first wins) and is listed as a duplicate; its position is left as a gap,
 * closed at the end (closeGaps).
 */
async function insertAll(
  tx: Queryable,
  records: readonly IngestRecord[],
  next: number,
  hash: ReturnType<typeof createHash>,
  summary: WriteSummary,
): Promise<number> {
  if (records.length === 0) return next;
  const { ids, summaries, full } = texts(records, hash);
  const positions = ids.map((_, i) => next + i);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO projects (id, position, summary, record)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[])
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [ids, positions, summaries, full],
  );
  if (rows.length < records.length) {
    // Within one statement a repeated id keeps its first row, so the first copy is the one in.
    const inserted = new Set(rows.map((row) => row.id));
    for (const record of records) {
      if (!inserted.delete(record.id))
        summary.duplicates.push({ index: record.index, id: record.id });
    }
  }
  summary.inserted += rows.length;
  return next + records.length;
}

/** Positions 0 … count - 1 again after duplicates left gaps, so that pages stay index ranges. */
async function closeGaps(tx: Queryable): Promise<void> {
  await tx.query(
    `UPDATE projects SET position = -1 - ranked.rank
     FROM (SELECT id, row_number() OVER (ORDER BY position) - 1 AS rank FROM projects) AS ranked
     WHERE projects.id = ranked.id`,
  );
  await tx.query('UPDATE projects SET position = -1 - position');
}

async function upsert(
  tx: Queryable,
  records: readonly IngestRecord[],
  next: number,
  hash: ReturnType<typeof createHash>,
  summary: WriteSummary,
): Promise<number> {
  if (records.length === 0) return next;
  const { ids, summaries, full } = texts(records, hash);
  const { rows } = await tx.query<{ id: string }>(
    'SELECT id FROM projects WHERE id = ANY($1::text[])',
    [ids],
  );
  const existing = new Set(rows.map((row) => row.id));
  const positions = ids.map((id) => (existing.has(id) ? -1 : next++));
  const result = await tx.query(
    `INSERT INTO projects (id, position, summary, record)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[])
     ON CONFLICT (id) DO UPDATE SET summary = excluded.summary, record = excluded.record
     WHERE projects.summary <> excluded.summary
        OR projects.record IS DISTINCT FROM excluded.record`,
    [ids, positions, summaries, full],
  );
  const added = ids.length - existing.size;
  summary.inserted += added;
  summary.updated += result.rowCount - added;
  summary.unchanged += existing.size - (result.rowCount - added);
  return next;
}

async function writeNews(
  tx: Queryable,
  mode: IngestMode,
  news: PortfolioInput['news'],
  hash: ReturnType<typeof createHash>,
  summary: WriteSummary,
): Promise<boolean> {
  const items = news ?? [];
  const ids = items.map((n) => n.id);
  const texts = items.map((n) => JSON.stringify(n));
  for (const text of texts) hash.update(`news:${text}\n`);
  let changed = false;
  if (mode === 'replace') {
    await tx.query('DELETE FROM news');
    await tx.query(
      `INSERT INTO news (id, position, item)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[]) ON CONFLICT (id) DO NOTHING`,
      [ids, ids.map((_, i) => i), texts],
    );
  } else if (items.length > 0) {
    const { rows } = await tx.query<{ next: number }>(
      'SELECT (coalesce(max(position), -1) + 1)::float8 AS next FROM news',
    );
    const start = Number(rows[0]?.next ?? 0);
    const result = await tx.query(
      `INSERT INTO news (id, position, item)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[])
       ON CONFLICT (id) DO UPDATE SET item = excluded.item WHERE news.item <> excluded.item`,
      [ids, ids.map((_, i) => start + i), texts],
    );
    changed = result.rowCount > 0;
  }
  const { rows } = await tx.query<{ n: number }>('SELECT count(*)::float8 AS n FROM news');
  summary.newsCount = Number(rows[0]?.n ?? 0);
  return changed;
}
