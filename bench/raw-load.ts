// Loads of the dashboard in headless Chromium driven over a pipe with the Target, Page and Runtime
// domains only. Playwright enables the Network domain in every page and Worker it drives, and a
// DevTools session that records the network keeps a copy of every response body: for the engine's
// Worker reading 2 MB column pages from a real server that cost about 100 ms a page (a 100,000-
// project load: 4.0–4.7 s under Playwright, 3.1–3.2 s without). The demo build's pages come from
// the mock API's Worker over a port, not the network, so the browser benchmark keeps Playwright.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

interface Message {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** Set before the app runs: the app's performance marks on, and a promise of the view's paint. */
const INIT = `window.__perfMarks = true;
window.__painted = (path) => new Promise((resolve) => {
  const find = () => performance.getEntriesByName('view:painted', 'mark').find((m) => m.detail && m.detail.path === path);
  const seen = find();
  if (seen) return resolve(seen.startTime);
  new PerformanceObserver((_, observer) => {
    const mark = find();
    if (mark) { observer.disconnect(); resolve(mark.startTime); }
  }).observe({ entryTypes: ['mark'] });
});`;

/**
 * Navigation start → the view of `path` painted (ms), for `runs` loads of `origin + path`, each
 * in a new off-the-record context of one Chromium, after one load not counted (a new browser's
 * first load starts its processes and compiles their code: about 1.5 s more at 100,000 projects).
 */
export async function rawLoads(
  executablePath: string,
  args: readonly string[],
  origin: string,
  path: string,
  runs: number,
  timeoutMs = 300_000,
): Promise<number[]> {
  const profile = mkdtempSync(join(tmpdir(), 'raw-load-'));
  const browser = spawn(
    executablePath,
    [
      ...args,
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      '--window-size=1366,900',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const input = browser.stdio[3] as Writable;
  const output = browser.stdio[4] as Readable;
  let next = 0;
  const waiting = new Map<number, (message: Message) => void>();
  let buffered = '';
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) waiting.get(message.id)?.(message);
    }
  });
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++next;
      waiting.set(id, (message) => {
        waiting.delete(id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result ?? {});
      });
      input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  try {
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as {
        sessionId: string;
      };
      await send('Page.enable', {}, sessionId);
      await send('Page.addScriptToEvaluateOnNewDocument', { source: INIT }, sessionId);
      await send('Page.navigate', { url: `${origin}${path}` }, sessionId);
      const started = Date.now();
      for (;;) {
        // The new document's init script has run once `__painted` is there.
        const ready = (await send(
          'Runtime.evaluate',
          { expression: 'typeof window.__painted', returnByValue: true },
          sessionId,
        )) as { result: { value: string } };
        if (ready.result.value === 'function') break;
        if (Date.now() - started > timeoutMs) throw new Error(`${path}: the app did not start`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const painted = (await send(
        'Runtime.evaluate',
        {
          expression: `window.__painted(${JSON.stringify(path.split('?')[0])})`,
          awaitPromise: true,
          returnByValue: true,
          timeout: timeoutMs,
        },
        sessionId,
      )) as { result: { value: number } };
      if (run > 0) times.push(Math.round(painted.result.value));
      await send('Target.disposeBrowserContext', { browserContextId });
    }
    return times;
  } finally {
    // Closed as a person would close it: its helper processes are gone before its profile is.
    const closed = new Promise((resolve) => browser.once('close', resolve));
    await send('Browser.close').catch(() => browser.kill('SIGTERM'));
    await closed;
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}
