import type { ImportRequest, ImportResponse } from '../import.worker';
import type { ImportOutcome } from '@/domain/import/types';

/** What the runner needs of a Worker; tests pass a stand-in. */
export interface ImportWorker {
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ImportRequest): void;
  terminate(): void;
}

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
  let worker: ImportWorker | undefined;
  let nextId = 1;
  let cancelCurrent: (() => void) | undefined;

  return {
    run(job, onParsing) {
      cancelCurrent?.();
      const request: ImportRequest = { ...job, id: nextId++ };
      if (!canUseWorker) return runInThread(request, onParsing);
      return new Promise((resolve) => {
        const current = (worker ??= (createWorker ?? defaultWorker)());
        let settled = false;
        const finish = (answer: ImportAnswer | undefined) => {
          if (settled) return;
          settled = true;
          cancelCurrent = undefined;
          resolve(answer);
        };
        cancelCurrent = () => {
          current.terminate();
          if (worker === current) worker = undefined;
          finish(undefined);
        };
        current.onmessage = ({ data }) => {
          if (data.id !== request.id) return;
          if (data.kind === 'parsing') onParsing?.();
          else finish(answerOf(data));
        };
        current.onerror = (event) => {
          event.preventDefault?.();
          current.terminate();
          if (worker === current) worker = undefined;
          void runInThread(request, onParsing).then(finish);
        };
        current.postMessage(request);
      });
    },
    dispose() {
      cancelCurrent?.();
      worker?.terminate();
      worker = undefined;
    },
  };
}
