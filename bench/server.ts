// The data service's benchmark (`npm run bench -- server`): for 100k and 1M generated projects,
// on PGlite and on PostgreSQL in the same run, the ingest of a CSV file (rate, peak memory of the
// command, memory as it reads) and the latency of a 50,000-project column page and of a detail
// request from the running server. Writes bench/results/<date>-server.md and .json.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { machine, type Machine } from './machine';
import { load } from './report';

const SIZES = (process.env.BENCH_SERVER_SIZES ?? '100000,1000000').split(',').map(Number);
const PORT = Number(process.env.BENCH_SERVER_PORT ?? 4405);
const COLUMN_RUNS = 7;
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
  gzipBytes?: number;
}
interface Run {
  database: 'PGlite' | 'PostgreSQL';
  size: number;
  fileMb: number;
  ingest: Ingest;
  columnPage: Latency;
  detail: Latency;
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

async function time(url: string, runs: number, gzip = false): Promise<Latency> {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(url, {
      headers: gzip ? {} : { 'accept-encoding': 'identity' },
    });
    const body = await response.arrayBuffer();
    samples.push(performance.now() - started);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    bytes = body.byteLength;
  }
  samples.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    medianMs: round(percentile(samples, 0.5)),
    p95Ms: round(percentile(samples, 0.95)),
    bytes,
  };
}

async function latencies(env: NodeJS.ProcessEnv, size: number) {
  const server = node(['server/main.ts'], {
    ...env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    SEED: 'off',
    STATIC_DIR: join(tmpdir(), 'no-app'),
  });
  server.stdout.resume();
  server.stderr.resume();
  try {
    await waitForHealth();
    const base = `http://127.0.0.1:${PORT}/api`;
    const offset = Math.max(0, Math.floor(size / 2) - 25_000);
    const columnUrl = `${base}/projects?format=columns&offset=${offset}&limit=50000`;
    const columnPage = await time(columnUrl, COLUMN_RUNS);
    // What it weighs on the wire with the compression the server applies for a browser.
    const body = new Uint8Array(await (await fetch(columnUrl)).arrayBuffer());
    columnPage.gzipBytes = gzipSync(body).byteLength;
    // Detail requests for ids spread over the portfolio, read from a page.
    const page = (await (
      await fetch(`${base}/projects?offset=${offset}&limit=${DETAIL_RUNS}`)
    ).json()) as {
      items: { id: string }[];
    };
    const samples: number[] = [];
    let bytes = 0;
    for (const { id } of page.items) {
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
    return { columnPage, detail };
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
    `Latency from the running server (\`npm start\`, same machine, no compression): a 50,000-project column page from the middle of the portfolio (median and p95 of ${COLUMN_RUNS}) and a detail request (median and p95 of ${DETAIL_RUNS} different projects).`,
    '',
    '| database | projects | column page median (ms) | p95 (ms) | page MB (gzip) | detail median (ms) | p95 (ms) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...report.runs.map(
      (r) =>
        `| ${r.database} | ${r.size.toLocaleString('en-US')} | ${r.columnPage.medianMs} | ${r.columnPage.p95Ms} | ${mb(r.columnPage.bytes)} (${mb(r.columnPage.gzipBytes)}) | ${r.detail.medianMs} | ${r.detail.p95Ms} |`,
    ),
    '',
  ];
  if (report.skipped.length > 0) lines.push(`Skipped: ${report.skipped.join('; ')}.`, '');
  return lines.join('\n');
}

function sampleMemory(memory: [number, number][]): string {
  if (memory.length === 0) return '–';
  const picks = [0, Math.floor(memory.length / 2), memory.length - 1].map((i) => memory[i]!);
  return [...new Map(picks.map((p) => [p[0], p])).values()]
    .map(([n, m]) => `${n >= 1e6 ? `${n / 1e6}M` : `${Math.round(n / 1000)}k`}: ${m}`)
    .join(' · ');
}

async function main(): Promise<void> {
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
        const timed = await latencies(env, size);
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
