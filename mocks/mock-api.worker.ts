/// <reference lib="webworker" />
import './worker-storage';
import { setMockApiBase } from './api-url';
import { generateMockPortfolio } from './data/portfolio';
import { createRoutes } from './api-routes';
import { answerMockRequest } from './answer-request';
import type { MockRoute } from './routes';
import { transfersOf, type PortRequest } from '@/lib/api/port-fetch';
import type { MockApiMeasures } from './mock-measures';
import type { MockApiMessage, MockApiReply } from './off-thread';
import { mockApiSettingsOf, type MockApiSettings } from './start-settings';

/*
 * The mock API's data and handlers, in a Worker of their own (see off-thread.ts): it generates
 * the portfolio as soon as its script runs (its name carries the size, see start-settings.ts), a
 * slice at a time, and answers each request with the response's bytes, transferred to the page
 * rather than copied, or on a port to another Worker (the engine's, for a large portfolio's
 * pages) straight to it.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
let routes: MockRoute[] = [];

/**
 * Runs `task` as a new task, after the messages already waiting (requests are answered between
 * the generator's slices). A message rather than setTimeout(0), which browsers stretch to 4 ms
 * once timers nest: 200 slices of a million projects would wait 0.8 s for nothing.
 */
const tasks: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => tasks.shift()?.();
function nextTask(task: () => void): void {
  tasks.push(task);
  channel.port2.postMessage(undefined);
}

/**
 * Posts the Worker's performance measures (mock:generate, mock:page) to the page as they are
 * recorded, for the benchmark: the page puts them on its own timeline.
 */
function postMeasures(): void {
  (globalThis as { __perfMarks?: boolean }).__perfMarks = true;
  new PerformanceObserver((list) => {
    const entries = list.getEntries().map((entry) => ({
      name: entry.name,
      start: performance.timeOrigin + entry.startTime,
      duration: entry.duration,
      detail: (entry as PerformanceMeasure).detail,
    }));
    scope.postMessage({ type: 'measures', entries } satisfies MockApiMeasures);
  }).observe({ type: 'measure' });
}

/** What a reply moves rather than copies: its body's bytes, or a value's typed arrays. */
function transfersOfReply(reply: MockApiReply): Transferable[] {
  if ('body' in reply) return [reply.body];
  return 'value' in reply ? transfersOf(reply.value) : [];
}

/** Starts generating the portfolio the page asked for, a slice per task, and serves it. */
function start(settings: MockApiSettings): void {
  setMockApiBase(settings.baseUrl);
  if (settings.marks) postMeasures();
  // Made from now on, a slice per task: `/meta` is answered at once and each page as soon as its
  // projects exist, while the rest is generated.
  generateMockPortfolio(
    {
      ...(settings.count === undefined ? {} : { count: settings.count }),
      ...(settings.seed === undefined ? {} : { seed: settings.seed }),
    },
    nextTask,
  );
  routes = createRoutes();
}

const settings = mockApiSettingsOf(scope.name);
if (settings) start(settings);
else console.error(`The mock API's Worker was started without its settings (name ${scope.name}).`);

scope.addEventListener('message', (event: MessageEvent<MockApiMessage>) => {
  const message = event.data;
  if (message.type === 'connect') {
    // Another Worker's requests (the engine's, for its pages): answered on its own port.
    const port = message.port;
    port.addEventListener('message', (event: MessageEvent<PortRequest>) => {
      void answerMockRequest(routes, event.data).then((reply: MockApiReply) =>
        port.postMessage(reply, transfersOfReply(reply)),
      );
    });
    port.start();
    return;
  }
  void answerMockRequest(routes, message).then((reply: MockApiReply) =>
    scope.postMessage(reply, transfersOfReply(reply)),
  );
});
