import {
  createEngineHandler,
  type EngineRequest,
  type EngineResponse,
} from '@/domain/engine/engine.worker';
import type { EngineWorker } from '@/lib/engine-client';

/** A stand-in Worker running the engine's real handler a task later, messages cloned both ways. */
export function standInWorker(): EngineWorker {
  const handle = createEngineHandler();
  const worker: EngineWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const request: EngineRequest = structuredClone(message);
      setTimeout(() => {
        const result = handle(request);
        if (result)
          worker.onmessage?.(
            new MessageEvent<EngineResponse>('message', {
              data: structuredClone(result.response, { transfer: result.transfer }),
            }),
          );
      }, 0);
    },
    terminate: () => undefined,
  };
  return worker;
}
