import { summarise } from './report';
import type { SweepStep } from './sweep';

export const now = () => performance.now();

/** Runs each step of a sweep, timing it; stops starting steps once `capMs` has passed. */
export function timeSteps<T>(
  sweep: readonly SweepStep[],
  run: (step: SweepStep) => T,
  capMs = Number.POSITIVE_INFINITY,
) {
  const samples: number[] = [];
  const outputs: T[] = [];
  const started = now();
  for (const step of sweep) {
    if (now() - started > capMs) break;
    const t = now();
    outputs.push(run(step));
    samples.push(now() - t);
  }
  return { samples, outputs };
}

/** Median time per kind of change (samples are in sweep order, repeated). */
export function byOp(
  sweep: readonly SweepStep[],
  samples: readonly number[],
): Record<string, number> {
  const groups = new Map<string, number[]>();
  samples.forEach((ms, i) => {
    const op = sweep[i % sweep.length]!.op;
    groups.set(op, [...(groups.get(op) ?? []), ms]);
  });
  return Object.fromEntries([...groups].map(([op, values]) => [op, summarise(values).medianMs]));
}
