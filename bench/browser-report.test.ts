import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserRows, CPU_BASELINES, cpuBaseline, type BrowserReport } from './browser-report';

/* The CPU-per-click comparison names both baselines and the machine each was measured on. */

const report = JSON.parse(
  readFileSync('bench/results/2026-11-30-browser.json', 'utf8'),
) as BrowserReport;

describe('the browser report’s CPU per filter click', () => {
  it('is compared with the issue’s run and with its commit rebuilt here, each labelled', () => {
    const rows = browserRows(report.runs, [1_000, 10_000]).filter((row) =>
      row.includes('CPU time per filter click'),
    );
    expect(rows).toHaveLength(2);
    const [issue, rebuilt] = rows as [string, string];
    expect(issue).toContain('the 2026-11-23 run (the issue’s figures)');
    expect(issue).toContain('Intel(R) Xeon(R) Processor, Chromium 156.0.8078.79');
    expect(rebuilt).toContain('commit (0ac55ad) rebuilt');
    expect(rebuilt).toContain('AMD EPYC, Chromium 156.0.8078.108');
    // Each row's cells hold its own baseline's figure and the half to reach.
    const was = (file: string) => Math.round(cpuBaseline(file)[1_000]!);
    expect(issue).toContain(`was ${was(CPU_BASELINES[0].file)}`);
    expect(rebuilt).toContain(`was ${was(CPU_BASELINES[1].file)}`);
  });

  it('leaves out a baseline whose file is missing', () => {
    const rows = browserRows(
      report.runs,
      [1_000],
      [{ file: 'bench/results/no-such-run.json', label: 'nothing' }],
    );
    expect(rows.some((row) => row.includes('CPU time per filter click'))).toBe(false);
  });
});

describe('the browser report’s loads', () => {
  const load = {
    totalMs: 2_400,
    appMs: 2_400,
    // The mock API's Worker ran beside the app: nothing of it may be taken off the wall time.
    mockGenerateMs: 1_900,
    mockPagesMs: 300,
    fetchMs: 2_000,
    validateMs: 0,
    workerEngineMs: 350,
    longestTaskMs: 120,
    cpuMs: 700,
  };
  const run = {
    ...report.runs[0]!,
    size: 100_000,
    loads: { '/projects': [load], '/': [{ ...load, totalMs: 3_600, appMs: 3_600 }] },
  };

  it('judge the budget on the whole wall time, the mock API Worker’s parallel work not subtracted', () => {
    const rows = browserRows([run], [100_000]);
    const table = rows.find((row) => row.startsWith('| load → table painted, /projects'))!;
    const charts = rows.find((row) => row.startsWith('| load → charts painted, /'))!;
    expect(table).toContain('wall time');
    expect(table).toContain('2400 ms');
    expect(table).not.toContain('200 ms');
    expect(charts).toContain('3600 ms');
  });
});
