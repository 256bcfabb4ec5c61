// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { newTestDataFolder, openTestDatabase, openTestDataFolder } from '../db.test-utils';
import { migrate } from '../schema';
import { readState, readSummaries } from '../store';
import { parseIngestArgs } from './args';
import { formatReport, ingest } from './ingest';
import { runIngest } from './run';
import { writeSampleCsv } from './sample-csv';
import { forwardIngest, serveIngestSocket } from './socket';
import { CSV_BATCH, IngestError, readPortfolioFile } from './sources';
import { TEST_BUDGET } from '@/test/budget';

/*
 * The ingest command: the Import screen's parsers and report, all or nothing, idempotent. The
 * command runs as the user runs it (`tsx server/ingest/cli.ts`) on a PGlite data folder; each
 * test makes the folder it needs.
 */

const MICRONESIA = '/work/shared/datasets/undp_iati_Micronesia_Federated_Statesof_projects.xml';
const dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the ingest command (`npm run ingest`); `killWhen` SIGKILLs it as soon as its error output matches. */
function runCommand(dataDir: string, args: string[], killWhen?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/ingest/cli.ts', ...args], {
      env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (killWhen?.test(stderr)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  }).then((run) => run as Run);
}

async function withDb<T>(dataDir: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openTestDataFolder(dataDir);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** A new PGlite data folder for one test, empty as a first `npm run ingest` finds it. */
async function newDataFolder(name: string): Promise<string> {
  const dataDir = join(dir, name);
  await newTestDataFolder(dataDir);
  return dataDir;
}

let shared: Promise<Database> | undefined;
/**
 * One migrated database for the tests that ingest in this process: each of them replaces the
 * portfolio first or compares the database before and after, so none depends on what another left.
 */
const sharedDatabase = () =>
  (shared ??= openTestDatabase().then(async (db) => {
    await migrate(db);
    return db;
  }));
afterAll(async () => {
  await (await shared)?.close();
});

describe('npm run ingest', () => {
  it(
    'loads an IATI file with the Import screen report, then again changes nothing',
    async () => {
      const dataDir = await newDataFolder('loads');
      const first = await runCommand(dataDir, [MICRONESIA, '--replace']);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('Read 2 records: 2 accepted, 0 rejected');
      expect(first.stdout).toContain('Notes:');
      expect(first.stdout).toMatch(/Replaced the portfolio: 2 added/);
      // Again, on the folder the command left: what the command runs once it has opened it.
      await withDb(dataDir, async (db) => {
        const before = await readState(db);
        expect(before).toMatchObject({
          projectCount: 2,
          meta: { source: 'undp_iati_Micronesia_Federated_Statesof_projects.xml', currency: 'USD' },
        });
        let out = '';
        const again = await runIngest(db, parseIngestArgs([MICRONESIA, '--replace']), {
          out: (text) => (out += text),
          err: () => {},
        });
        expect(again).toBe(0);
        expect(out).toContain('Nothing changed');
        expect(await readState(db)).toEqual(before);
      });
    },
    TEST_BUDGET.serverStart,
  );

  it(
    'killed half-way through a large file, leaves the database as it was',
    async () => {
      const csv = join(dir, 'big.csv');
      await writeSampleCsv(csv, { count: 20_000, seed: 7 });
      const dataDir = await newDataFolder('killed');
      const before = await withDb(dataDir, async (db) => {
        await migrate(db);
        await ingest(db, await readPortfolioFile(MICRONESIA), 'replace');
        return { state: await readState(db), page: await readSummaries(db, 0, 600) };
      });
      expect(before.state?.projectCount).toBe(2);

      const run = await runCommand(dataDir, [csv, '--replace'], /10,000 records read/);
      expect(run.signal).toBe('SIGKILL');
      expect(run.stdout).toBe('');

      const after = await withDb(dataDir, async (db) => ({
        state: await readState(db),
        page: await readSummaries(db, 0, 600),
      }));
      expect(after).toEqual(before);
    },
    TEST_BUDGET.largeIngest,
  );
});

describe('ingest in one transaction', () => {
  let db: Database;
  beforeAll(async () => {
    db = await sharedDatabase();
  });

  it('merges by id: existing projects keep their place, new ones come after, twice is once', async () => {
    const csv = join(dir, 'merge.csv');
    const first50 = join(dir, 'first50.csv');
    await writeSampleCsv(csv, { count: 60, seed: 2 });
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    writeFileSync(first50, lines.slice(0, 51).join('\r\n'));
    await ingest(db, await readPortfolioFile(first50), 'replace');
    const firstPage = await readSummaries(db, 0, 50);
    const outcome = await ingest(db, await readPortfolioFile(csv), 'merge');
    expect(outcome.write).toMatchObject({
      inserted: 10,
      unchanged: 50,
      projectCount: 60,
      changed: true,
    });
    expect(await readSummaries(db, 0, 50)).toEqual(firstPage);
    const state = await readState(db);
    expect(state?.meta.source).toBe('first50.csv; merge.csv');
    const again = await ingest(db, await readPortfolioFile(csv), 'merge');
    expect(again.write).toMatchObject({ inserted: 0, updated: 0, changed: false });
    expect(await readState(db)).toEqual(state);
    expect(formatReport(again)).toContain('Nothing changed');
  });

  it('a file it cannot read leaves the database as it was', async () => {
    const before = await readState(db);
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{"projects": [ {"id": ');
    await expect(readPortfolioFile(bad)).rejects.toThrow(IngestError);
    const csv = join(dir, 'no-ids.csv');
    writeFileSync(csv, 'Name,Money\nA,1\n');
    const source = await readPortfolioFile(csv);
    await expect(ingest(db, source, 'replace')).rejects.toThrow(/no column gives/);
    expect(await readState(db)).toEqual(before);
  });

  it('rejects a repeated id across batches, keeping the first', async () => {
    const csv = join(dir, 'repeat.csv');
    // One record more than a batch (5,000), so that the second batch holds it and the repeat.
    const count = CSV_BATCH + 1;
    await writeSampleCsv(csv, { count, seed: 3 });
    const text = readFileSync(csv, 'utf8');
    const lines = text.split('\r\n');
    // The first data row again at the very end: it lands in the second batch.
    writeFileSync(csv, [...lines.slice(0, -1), lines[1], ''].join('\r\n'));
    const outcome = await ingest(db, await readPortfolioFile(csv), 'replace');
    expect(outcome.report).toMatchObject({ records: count + 1, accepted: count, rejected: 1 });
    expect(outcome.report.rejections[0]).toMatchObject({
      index: count,
      reasons: [{ code: 'duplicate_id' }],
    });
    expect(outcome.write.projectCount).toBe(count);
  });
});

describe('the command line', () => {
  it('needs --replace or --merge, one of them, and something to load', () => {
    expect(() => parseIngestArgs([MICRONESIA])).toThrow(/--replace or --merge/);
    expect(() => parseIngestArgs([MICRONESIA, '--replace', '--merge'])).toThrow(/not both/);
    expect(() => parseIngestArgs(['--replace'])).toThrow(/Give a file/);
    expect(() => parseIngestArgs(['--sample', '--count', 'lots', '--merge'])).toThrow(/--count/);
    expect(
      parseIngestArgs(['--sample', '--count', '1_000', '--seed', '3', '--merge']),
    ).toMatchObject({
      sample: true,
      count: 1000,
      seed: 3,
      mode: 'merge',
    });
  });

  it('writes its report in English, French or Spanish', () => {
    for (const lang of ['en', 'fr', 'es'])
      expect(parseIngestArgs([MICRONESIA, '--replace', '--lang', lang])).toMatchObject({ lang });
    expect(() => parseIngestArgs([MICRONESIA, '--replace', '--lang', 'de'])).toThrow(
      /--lang must be en, fr or es/,
    );
  });
});

describe('with the server holding the PGlite folder', () => {
  it('the command hands the ingest to the server and prints its report', async () => {
    const db = await sharedDatabase();
    const socket = join(dir, 'server.ingest.sock');
    const close = await serveIngestSocket(db, socket);
    try {
      let out = '';
      let err = '';
      const code = await forwardIngest(socket, parseIngestArgs([MICRONESIA, '--replace']), {
        out: (text) => (out += text),
        err: (text) => (err += text),
      });
      expect(code).toBe(0);
      expect(err).toContain('Ingesting into PGlite');
      expect(out).toContain('Read 2 records: 2 accepted, 0 rejected');
      expect((await readState(db))?.projectCount).toBe(2);

      const missing = await forwardIngest(
        socket,
        parseIngestArgs([join(dir, 'missing.csv'), '--merge']),
        { out: () => {}, err: (text) => (err += text) },
      );
      expect(missing).toBe(1);
      expect(err).toContain('no such file');
    } finally {
      await close();
    }
    // No server: the command opens the folder itself.
    expect(
      await forwardIngest(socket, parseIngestArgs(['--sample', '--merge']), { out() {}, err() {} }),
    ).toBeUndefined();
  });
});
