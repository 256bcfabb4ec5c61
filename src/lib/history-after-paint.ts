/**
 * The browser's address, written once the view it names has been painted.
 *
 * Writing an entry (`history.pushState` or `replaceState`) is a same-document navigation: the
 * page and the browser's own process both do work for it (session history, the address bar,
 * the page icon and title), about 10 ms of CPU in all in Chromium. Done in the task that renders
 * a filter change, that work competes with the render and the paint for a CPU. The router is
 * given this window instead of the real one: its history keeps the entries it is asked to write
 * and writes them, in order, after the next frame has been painted (or at the latest after
 * `LATEST_MS`, as a hidden tab runs no frames). The router's own state, and so every screen,
 * changes at once; only the address bar and the session history follow a frame or two later.
 *
 * While writes wait:
 * - `history.state` is the newest waiting entry's, so the router numbers its entries as before;
 * - `go`, `back` and `forward` write them first, so a traversal starts from the newest entry;
 * - a page hidden or left writes them at once, so the session keeps the address shown;
 * - a traversal started by the browser (its back button, within that frame) drops them: it
 *   started from the last entry written, and the router follows it there;
 * - the document's title follows its entry (`afterWrites`), so the history list names each
 *   entry by its own view.
 */

/** The longest an entry waits, for a page that paints no frame (hidden). */
export const LATEST_MS = 250;

type Write = {
  replace: boolean;
  data: unknown;
  url: string | URL | null | undefined;
  /** What runs once this entry is written (the tab's title, which names the entry). */
  after: (() => void)[];
};

export interface HistoryAfterPaint {
  /** The window to give the router (`createBrowserRouter(routes, { window })`). */
  window: Window;
  /** Writes the waiting entries now. */
  flush(): void;
  /** Entries waiting to be written. */
  waiting(): number;
  /**
   * Runs `run` once the newest waiting entry is written, or at once when none waits: the
   * document's title, set after the entry it names exists, is that entry's in the browser's
   * history list. Dropped with the entries when the browser traverses the history itself.
   */
  afterWrites(run: () => void): void;
}

export function historyAfterPaint(win: Window): HistoryAfterPaint {
  const real = win.history;
  let writes: Write[] = [];
  // The frame wait under way, if any: a wait that is overtaken (the writes went sooner) does nothing.
  let wait = 0;

  const flush = () => {
    wait += 1;
    const now = writes;
    writes = [];
    for (const { replace, data, url, after } of now) {
      if (replace) real.replaceState(data, '', url);
      else real.pushState(data, '', url);
      for (const run of after) run();
    }
  };
  const schedule = () => {
    if (writes.length > 1) return;
    const mine = ++wait;
    const due = () => {
      if (wait === mine) flush();
    };
    win.setTimeout(due, LATEST_MS);
    // The first frame callback runs before the paint of the frame that shows the view, the second
    // before the next one; the task after it comes once the view is on screen.
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.setTimeout(due, 0)));
  };
  const write =
    (replace: boolean) => (data: unknown, _unused: string, url?: string | URL | null) => {
      writes.push({ replace, data, url, after: [] });
      schedule();
    };
  const writeFirst =
    <A extends unknown[]>(go: (...args: A) => void) =>
    (...args: A) => {
      flush();
      go(...args);
    };

  const history = new Proxy(real, {
    get(target, property) {
      switch (property) {
        case 'pushState':
          return write(false);
        case 'replaceState':
          return write(true);
        case 'state':
          return writes.length > 0 ? writes[writes.length - 1]!.data : target.state;
        case 'go':
          return writeFirst((delta?: number) => target.go(delta));
        case 'back':
          return writeFirst(() => target.back());
        case 'forward':
          return writeFirst(() => target.forward());
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  // Registered before the router's own listener, so it runs first.
  win.addEventListener('popstate', () => {
    writes = [];
    wait += 1;
  });
  win.addEventListener('pagehide', flush);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') flush();
  });

  const routerWindow = new Proxy(win, {
    get(target, property) {
      if (property === 'history') return history;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const afterWrites = (run: () => void) => {
    const newest = writes[writes.length - 1];
    if (newest) newest.after.push(run);
    else run();
  };
  return { window: routerWindow, flush, waiting: () => writes.length, afterWrites };
}
