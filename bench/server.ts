// The data service's benchmark (`npm run bench -- server`): for 100k and 1M generated projects,
// on PGlite and on PostgreSQL in the same run, the ingest of a CSV file (rate, peak memory of the
// command, memory as it reads) and, from the running server, the dashboard's column pages (made
// ahead once it starts, made on request, and sent once made), a detail request and loads of the
// dashboard from it in headless Chromium (bench/raw-load.ts). Writes
// bench/results/<date>-server.md and .json.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLUMN_PAGE_SIZE } from '@/domain/api/column-page-size';
import playwrightConfig from '../playwright.config';
import { buildIfStale } from '../scripts/build-if-stale.mjs';
import { findChromium } from '../scripts/find-chromium.mjs';
import { machine, type Machine } from './machine';
import { rawLoads } from './raw-load';
import { load } from './report';

const SIZES = (process.env.BENCH_SERVER_SIZES ?? '100000,1000000').split(',').map(Number);
const PORT = Number(process.env.BENCH_SERVER_PORT ?? 4405);
const COLUMN_RUNS = 7;
const LOAD_RUNS = 3;
/** The dashboard as `npm start` serves it: built without the mock API. */
const APP_DIR = 'dist-app';
/** How long the server may take to make a portfolio's pages ahead. */
const WARM_TIMEOUT_MS = 15 * 60_000;
const DETAIL_RUNS = 200;

interface Ingest {
  seconds: number;
  perSecond: number;
  peakMb: number;
  /** Memory of the command as it read: [records read, MB]. */
  memory: [number, number][];
}
interface Latency {
  medianMs: number;
  p95Ms: number;
  bytes: number;
}
/** The column pages made ahead when the server starts: how many, and how long it took. */
interface Warm {
  pages: number;
  seconds: number;
}
interface Run {
  database: 'PGlite' | 'PostgreSQL';
  size: number;
  fileMb: number;
  ingest: Ingest;
  warm: Warm;
  /** A page the dashboard would not ask for (made on request). */
  pageMade: Latency;
  /** A page the dashboard asks for, sent as made ahead (brotli, as to a browser). */
  pageKept: Latency;
  detail: Latency;
  /** Navigation → the view painted (ms), /projects and /, LOAD_RUNS each. */
  loads: { projects: number[]; overview: number[] };
}
export interface ServerReport {
  date: string;
  machine: Machine;
  runs: Run[];
  skipped: string[];
}

const node = (args: string[], env: NodeJS.ProcessEnv) =>
  spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env } });

function ingest(file: string, env: NodeJS.ProcessEnv): Promise<Ingest> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = node(['server/ingest/cli.ts', file, '--replace'], {
      ...env,
      INGEST_PEAK_MEMORY: '1',
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`ingest failed (${code}): ${stderr.slice(-2000)}`));
      const memory = [...stderr.matchAll(/([\d,]+) records read \(memory (\d+) MB\)/g)].map(
        (m) => [Number(m[1]!.replace(/,/g, '')), Number(m[2])] as [number, number],
      );
      const peakMb = Number(/peak memory: (\d+) MB/.exec(stderr)?.[1] ?? Number.NaN);
      const records = Number(/Read (\d+) records/.exec(stdout)?.[1] ?? 0);
      resolve({ seconds, perSecond: Math.round(Math.max(records, 1) / seconds), peakMb, memory });
    });
  });
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not start');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/**
 * Times a request for each URL, as a browser asks (`encoding`); `bytes` is the size on the wire
 * of the last (Node's fetch would decode the body: the raw bytes are read with `node:http`).
 */
async function time(urls: string[], encoding: string): Promise<Latency> {
  const samples: number[] = [];
  let bytes = 0;
  for (const url of urls) {
    const started = performance.now();
    bytes = await new Promise<number>((resolve, reject) => {
      http
        .get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
          let size = 0;
          response.on('data', (chunk: Buffer) => (size += chunk.length));
          response.on('end', () =>
            response.statusCode === 200
              ? resolve(size)
              : reject(new Error(`${url}: ${response.statusCode}`)),
          );
        })
        .on('error', reject);
    });
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    medianMs: round(percentile(samples, 0.5)),
    p95Ms: round(percentile(samples, 0.95)),
    bytes,
  };
}

async function latencies(env: NodeJS.ProcessEnv, size: number, chromiumPath: string) {
  const server = node(['server/main.ts'], {
    ...env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    SEED: 'off',
    STATIC_DIR: APP_DIR,
  });
  // The server's log line once it has made the portfolio's pages ahead.
  const warmed = new Promise<Warm>((resolve, reject) => {
    let text = '';
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk: string) => {
      text += chunk;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n')) {
        const line = text.slice(0, end);
        text = text.slice(end + 1);
        if (!line.includes('column pages made ahead')) continue;
        const { pages, ms } = JSON.parse(line) as { pages: number; ms: number };
        resolve({ pages, seconds: Math.round(ms / 100) / 10 });
      }
    });
    setTimeout(() => reject(new Error('no pages made ahead')), WARM_TIMEOUT_MS).unref();
  });
  server.stderr.resume();
  try {
    await waitForHealth();
    const warm = await warmed;
    const base = `http://127.0.0.1:${PORT}/api`;
    const page = (offset: number) =>
      `${base}/projects?format=columns&offset=${offset}&limit=${COLUMN_PAGE_SIZE}`;
    const spread = [
      ...new Set(
        Array.from(
          { length: COLUMN_RUNS },
          (_, i) => Math.floor((i * size) / COLUMN_RUNS / COLUMN_PAGE_SIZE) * COLUMN_PAGE_SIZE,
        ),
      ),
    ];
    // Half a page off the dashboard's offsets: made on request, each once.
    const pageMade = await time(
      spread.map((offset) => page(offset + COLUMN_PAGE_SIZE / 2)),
      'br',
    );
    const pageKept = await time(spread.map(page), 'br');
    const offset = Math.max(0, Math.floor(size / 2));
    // Detail requests for ids spread over the portfolio, read from a page.
    const rows = (await (
      await fetch(`${base}/projects?offset=${offset}&limit=${DETAIL_RUNS}`)
    ).json()) as {
      items: { id: string }[];
    };
    const samples: number[] = [];
    let bytes = 0;
    for (const { id } of rows.items) {
      const started = performance.now();
      const response = await fetch(`${base}/projects/${encodeURIComponent(id)}`);
      bytes = (await response.arrayBuffer()).byteLength;
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const detail: Latency = {
      medianMs: Math.round(percentile(samples, 0.5) * 10) / 10,
      p95Ms: Math.round(percentile(samples, 0.95) * 10) / 10,
      bytes,
    };
    const args = (playwrightConfig.use?.launchOptions?.args ?? []) as string[];
    const origin = `http://127.0.0.1:${PORT}`;
    const loads = {
      projects: await rawLoads(chromiumPath, args, origin, '/projects', LOAD_RUNS),
      overview: await rawLoads(chromiumPath, args, origin, '/', LOAD_RUNS),
    };
    return { warm, pageMade, pageKept, detail, loads };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('close', r));
  }
}

function postgresUrl(): string | undefined {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const result = spawnSync(
    'node',
    ['scripts/local-postgres.mjs', '--database', 'portfolio_bench'],
    {
      encoding: 'utf8',
    },
  );
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function markdown(report: ServerReport): string {
  const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1e6).toFixed(1));
  const lines = [
    `# Data service — ${report.date}`,
    '',
    `Machine: ${report.machine.cpus} × ${report.machine.cpu}, ${report.machine.memoryGb} GB, Node ${report.machine.node}; load average ${report.machine.loadAverage.start} at the start, ${report.machine.loadAverage.end} at the end (the machine is shared).`,
    '',
    'Ingest: `npm run ingest -- <file>.csv --replace` of the generated sample written as the dashboard’s CSV export, into an empty database (created beforehand), one transaction; the time includes starting the command and opening the database. Peak memory is the whole command’s (Node, and for PGlite the database itself, which runs in the command).',
    '',
    '| database | projects | CSV (MB) | ingest (s) | projects/s | peak memory (MB) | memory as it reads (MB) |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...report.runs.map(
      (r) =>
        `| ${r.database} | ${r.size.toLocaleString('en-US')} | ${r.fileMb.toFixed(0)} | ${r.ingest.seconds.toFixed(0)} | ${r.ingest.perSecond.toLocaleString('en-US')} | ${r.ingest.peakMb} | ${sampleMemory(r.ingest.memory)} |`,
    ),
    '',
    `From the running server (\`npm start\`, same machine, asked for brotli as a browser asks): the ${COLUMN_PAGE_SIZE.toLocaleString('en-US')}-project column pages the dashboard asks for, made ahead once the server starts (how many, how long); a column page made on request (half a page off the dashboard's offsets, up to ${COLUMN_RUNS} spread over the portfolio, median and p95); the dashboard's pages sent once made (the same places); and a detail request (median and p95 of ${DETAIL_RUNS} different projects).`,
    '',
    '| database | projects | pages made ahead | page made on request, median (ms) | p95 (ms) | page made ahead, sent: median (ms) | p95 (ms) | page on the wire (MB, brotli) | detail median (ms) | p95 (ms) |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...report.runs.map(
      (r) =>
        `| ${r.database} | ${r.size.toLocaleString('en-US')} | ${r.warm.pages} in ${r.warm.seconds} s | ${r.pageMade.medianMs} | ${r.pageMade.p95Ms} | ${r.pageKept.medianMs} | ${r.pageKept.p95Ms} | ${mb(r.pageKept.bytes)} | ${r.detail.medianMs} | ${r.detail.p95Ms} |`,
    ),
    '',
    `Loads of the dashboard from that server: navigation → the view painted (its performance mark), median of ${LOAD_RUNS} in new browser contexts after one not counted, in headless Chromium driven without Playwright (bench/raw-load.ts: a DevTools session that records the network, as Playwright's does, copies every response body, about 100 ms per column page in the engine's Worker). The DESIGN §10 load budgets: 3 s at 100,000 projects, 8 s at 1,000,000.`,
    '',
    '| database | projects | /projects (ms) | / (ms) |',
    '|---|---:|---:|---:|',
    ...report.runs.map(
      (r) =>
        `| ${r.database} | ${r.size.toLocaleString('en-US')} | ${median(r.loads.projects)} (${r.loads.projects.join(', ')}) | ${median(r.loads.overview)} (${r.loads.overview.join(', ')}) |`,
    ),
    '',
  ];
  if (report.skipped.length > 0) lines.push(`Skipped: ${report.skipped.join('; ')}.`, '');
  return lines.join('\n');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
}

function sampleMemory(memory: [number, number][]): string {
  if (memory.length === 0) return '–';
  const picks = [0, Math.floor(memory.length / 2), memory.length - 1].map((i) => memory[i]!);
  return [...new Map(picks.map((p) => [p[0], p])).values()]
    .map(([n, m]) => `${n >= 1e6 ? `${n / 1e6}M` : `${Math.round(n / 1000)}k`}: ${m}`)
    .join(' · ');
}

async function main(): Promise<void> {
  const chromiumPath = await findChromium();
  if (!chromiumPath) process.exit(1);
  if (buildIfStale(APP_DIR, { VITE_MOCKS: 'off' }) !== 0) process.exit(1);
  const loadAtStart = load();
  const work = mkdtempSync(join(tmpdir(), 'bench-server-'));
  const runs: Run[] = [];
  const skipped: string[] = [];
  const pg = postgresUrl();
  if (!pg) skipped.push('PostgreSQL (the local cluster could not be started)');
  try {
    for (const size of SIZES) {
      const file = join(work, `sample-${size}.csv`);
      console.log(`Writing ${size.toLocaleString('en-US')} projects as CSV…`);
      const made = spawnSync(
        process.execPath,
        ['--max-old-space-size=8192', '--import', 'tsx', 'bench/server-csv.ts', file, String(size)],
        { stdio: 'inherit' },
      );
      if (made.status !== 0) throw new Error('could not write the CSV');
      const fileMb = statSync(file).size / 1e6;
      const databases: [Run['database'], NodeJS.ProcessEnv][] = [
        ['PGlite', { DATABASE_URL: '', PGLITE_DIR: join(work, `pglite-${size}`) }],
      ];
      if (pg) databases.push(['PostgreSQL', { DATABASE_URL: pg }]);
      for (const [database, env] of databases) {
        // The database is created (and PGlite's folder initialised) before the clock starts.
        spawnSync(
          process.execPath,
          ['--import', 'tsx', 'server/ingest/cli.ts', '--sample', '--count', '0', '--replace'],
          {
            env: { ...process.env, ...env },
          },
        );
        console.log(`${database}, ${size.toLocaleString('en-US')} projects: ingest…`);
        const ingested = await ingest(file, env);
        console.log(
          `  ${ingested.seconds.toFixed(0)} s, ${ingested.perSecond}/s, peak ${ingested.peakMb} MB; latency…`,
        );
        const timed = await latencies(env, size, chromiumPath);
        runs.push({ database, size, fileMb, ingest: ingested, ...timed });
        if (database === 'PGlite') rmSync(env.PGLITE_DIR!, { recursive: true, force: true });
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const date = new Date().toISOString().slice(0, 10);
  const report: ServerReport = { date, machine: machine(loadAtStart), runs, skipped };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${date}-server.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`bench/results/${date}-server.md`, markdown(report));
  console.log(markdown(report));
}

await main();
