import { DEFAULT_API_BASE } from './api-url';
import { perfMarksEnabled } from '@/lib/perf/perf-marks';
import { recordMockMeasures } from './mock-measures';
import type { MockApiWorker } from './off-thread';
import { mockApiWorkerName } from './start-settings';

/*
 * Starts the mock API's Worker (mock-api.worker.ts) and tells it the portfolio to make: the first
 * thing the demo build's page does (src/app/mock-api-start.ts), so this module imports nothing
 * heavier than the Worker's address and the benchmark's marks.
 */

export interface MockApiStart {
  /** Number of generated projects (default 600). */
  count?: number | undefined;
  /** Generator seed (default 1). */
  seed?: number | undefined;
  /** API base, a path or an absolute URL (default /api). */
  baseUrl?: string | undefined;
}

/** A new mock API Worker, already told its portfolio (in its name, see start-settings.ts). */
export function startMockApiWorker(options: MockApiStart = {}): MockApiWorker {
  const marks = perfMarksEnabled();
  const worker = new Worker(new URL('./mock-api.worker.ts', import.meta.url), {
    type: 'module',
    name: mockApiWorkerName({
      ...(options.count === undefined ? {} : { count: options.count }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      baseUrl: options.baseUrl ?? DEFAULT_API_BASE,
      ...(marks ? { marks } : {}),
    }),
  }) as MockApiWorker;
  // The benchmark's: the Worker's timings are recorded on the page's timeline as they come.
  if (marks)
    (worker as unknown as Worker).addEventListener('message', (event: MessageEvent) =>
      recordMockMeasures(event.data),
    );
  return worker;
}
