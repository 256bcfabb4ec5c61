import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a benchmark ran on, with its load: the figures mean little without it. */
export function machine(loadAtStart: number) {
  const list = cpus();
  return {
    cpus: list.length,
    cpu: list[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    /** One-minute load average when the run started and when it ended. */
    loadAverage: {
      start: Math.round(loadAtStart * 10) / 10,
      end: Math.round(loadavg()[0]! * 10) / 10,
    },
  };
}
export type Machine = ReturnType<typeof machine>;
