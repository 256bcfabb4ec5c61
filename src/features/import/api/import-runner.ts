import type { ImportRequest, ImportResponse } from '../import.worker';
import type { ImportOutcome } from '@/domain/import/types';
import {
  createWorkerClient,
  WorkerFailed,
  type WorkerClient,
  type WorkerPort,
} from '@/lib/worker-client';

/** What the runner needs of a Worker; tests pass a stand-in. */
export type ImportWorker = WorkerPort<ImportRequest, ImportResponse>;

export type ImportJob = Omit<ImportRequest, 'id'>;

/** The importer's answer, or the message of an unexpected failure (a bug, not a bad file). */
export type ImportAnswer = { outcome: ImportOutcome } | { crashed: string };

export interface ImportRunner {
  /** Reads a file; `onParsing` is called when parsing starts. A newer run cancels an older one. */
  run(job: ImportJob, onParsing?: () => void): Promise<ImportAnswer | undefined>;
  dispose(): void;
}

function defaultWorker(): ImportWorker {
  return new Worker(new URL('../import.worker.ts', import.meta.url), {
    type: 'module',
  }) as ImportWorker;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function answerOf(response: ImportResponse): ImportAnswer | undefined {
  if (response.kind === 'done') return { outcome: response.outcome };
  if (response.kind === 'crashed') return { crashed: response.message };
  return undefined;
}

/**
 * In this thread: after a task, so that the page can show "parsing" first. The parsers are
 * loaded only then, so the screen's own chunk stays small when the Worker does the work.
 */
async function runInThread(request: ImportRequest, onParsing?: () => void): Promise<ImportAnswer> {
  onParsing?.();
  const [{ handleImportRequest }] = await Promise.all([import('../import.worker'), nextTask()]);
  return answerOf(await handleImportRequest(request))!;
}

/**
 * Runs imports in a module Worker when there is one (in this thread otherwise, as in tests).
 * Only the latest run answers: starting a run while another parses terminates that worker, and
 * the older promise resolves with undefined. A worker that fails to start falls back to this thread.
 */
export function createImportRunner(createWorker?: () => ImportWorker): ImportRunner {
  const canUseWorker = createWorker !== undefined || typeof Worker !== 'undefined';
  let worker: WorkerClient<ImportRequest, ImportResponse> | undefined;
  let cancelCurrent: (() => void) | undefined;

  return {
    async run(job, onParsing) {
      cancelCurrent?.();
      if (!canUseWorker) return runInThread({ ...job, id: 0 }, onParsing);
      const current = (worker ??= createWorkerClient(createWorker ?? defaultWorker));
      let cancelled = false;
      cancelCurrent = () => {
        cancelled = true;
        current.terminate();
        if (worker === current) worker = undefined;
      };
      try {
        return await current.request<ImportAnswer | undefined>(
          (id) => ({ ...job, id }),
          (response, resolve) => {
            if (response.kind === 'parsing') onParsing?.();
            else resolve(answerOf(response));
          },
        );
      } catch (error) {
        if (cancelled) return undefined;
        if (!(error instanceof WorkerFailed)) throw error;
        // The worker could not start or crashed: this thread does the work.
        if (worker === current) worker = undefined;
        return runInThread({ ...job, id: 0 }, onParsing);
      } finally {
        if (!cancelled) cancelCurrent = undefined;
      }
    },
    dispose() {
      cancelCurrent?.();
      worker?.terminate();
      worker = undefined;
    },
  };
}
