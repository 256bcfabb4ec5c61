/*
 * The one way the app talks to its Web Workers (the engine's and the importer's): requests carry
 * an id, the worker's messages carrying that id answer them, and a worker that fails (it could not
 * load, or it crashed) rejects every open request with WorkerFailed so that the caller can fall
 * back to its own thread.
 */

/** What the app needs of a Worker; tests pass a stand-in. */
export interface WorkerPort<In, Out> {
  onmessage: ((event: MessageEvent<Out>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: In, options?: { transfer?: Transferable[] }): void;
  terminate(): void;
}

/** The worker failed: open requests are lost, and the caller may do the work itself. */
export class WorkerFailed extends Error {
  constructor() {
    super('The worker failed');
  }
}

/** The worker was ended on purpose (a newer request replaced it, or its owner went away). */
export class WorkerEnded extends Error {
  constructor() {
    super('The worker was ended');
  }
}

/** How a request is answered: every message carrying its id, until `resolve` or `reject`. */
export type OnAnswer<Out, T> = (
  answer: Out,
  resolve: (value: T) => void,
  reject: (error: Error) => void,
) => void;

export interface WorkerClient<In, Out extends { id: number }> {
  /** Posts a message that needs no answer (e.g. the data a later request works on). */
  post(message: In, transfer?: Transferable[]): void;
  /** Posts the request `make(id)` and settles as `onAnswer` says. */
  request<T>(
    make: (id: number) => In,
    onAnswer: OnAnswer<Out, T>,
    transfer?: Transferable[],
  ): Promise<T>;
  /** Ends the worker; open requests reject with WorkerEnded. */
  terminate(): void;
}

interface Open<Out> {
  onAnswer: (answer: Out) => void;
  reject: (error: Error) => void;
}

/** Starts a worker and answers requests by id. */
export function createWorkerClient<In, Out extends { id: number }>(
  create: () => WorkerPort<In, Out>,
): WorkerClient<In, Out> {
  const worker = create();
  const open = new Map<number, Open<Out>>();
  let nextId = 1;
  let ended = false;
  const rejectAll = (error: Error) => {
    const all = [...open.values()];
    open.clear();
    for (const request of all) request.reject(error);
  };
  worker.onmessage = ({ data }) => open.get(data.id)?.onAnswer(data);
  worker.onerror = (event) => {
    // Said here rather than as an uncaught error in the console: the caller falls back.
    event.preventDefault?.();
    ended = true;
    worker.terminate();
    rejectAll(new WorkerFailed());
  };
  return {
    post(message, transfer = []) {
      if (!ended) worker.postMessage(message, { transfer });
    },
    request(make, onAnswer, transfer = []) {
      if (ended) return Promise.reject(new WorkerFailed());
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const settle = <A extends unknown[]>(then: (...args: A) => void) => {
          return (...args: A) => {
            open.delete(id);
            then(...args);
          };
        };
        open.set(id, {
          onAnswer: (answer) => onAnswer(answer, settle(resolve), settle(reject)),
          reject,
        });
        worker.postMessage(make(id), { transfer });
      });
    },
    terminate() {
      ended = true;
      worker.terminate();
      rejectAll(new WorkerEnded());
    },
  };
}
