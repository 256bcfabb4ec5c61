import {
  createWorkerHandler,
  type EngineWorkerRequest as EngineRequest,
  type EngineWorkerResponse as EngineResponse,
} from '@/lib/engine-worker';
import type { ProjectSummary } from '@/domain/project';
import type { EngineWorker } from '@/lib/engine-client';

/**
 * A stand-in Worker running the engine's real handler a task later, messages cloned both ways;
 * the kind of each message it receives is added to `received` when given, and `log` gets
 * `ask:<kind>` as each request is posted and `answer:<kind>` as each answer reaches the page.
 */
export function standInWorker(received?: EngineRequest['kind'][], log?: string[]): EngineWorker {
  const handle = createWorkerHandler();
  const worker: EngineWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const request: EngineRequest = structuredClone(message);
      received?.push(request.kind);
      log?.push(`ask:${request.kind}`);
      setTimeout(() => {
        const result = handle(request);
        if (result) log?.push(`answer:${result.response.kind}`);
        if (result)
          worker.onmessage?.(
            new MessageEvent<EngineResponse>('message', {
              // jsdom's structuredClone loses a Blob's content: the export's file is passed as is.
              data:
                result.response.kind === 'csv'
                  ? result.response
                  : structuredClone(result.response, { transfer: result.transfer }),
            }),
          );
      }, 0);
    },
    terminate: () => undefined,
  };
  return worker;
}

/** The projects as the page holds them, counting every read of a project. */
export function watched(list: ProjectSummary[]) {
  const reads = { count: 0 };
  const proxy = new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1;
      if (key === Symbol.iterator) reads.count += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { proxy, reads };
}
