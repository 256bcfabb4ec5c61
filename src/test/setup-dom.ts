import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { getI18n, setI18n } from 'react-i18next';
import { afterEach, vi } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { setPortfolioStorageForTests } from '@/lib/portfolio/imported-portfolio';
import { TEST_BUDGET } from './budget';

// This module is evaluated once per worker (a worker runs many files, see vite.config.ts); what
// follows the imports is done once, and `setupDomTest` registers the hooks of each file.

// One wait for every findBy / waitFor, set here and nowhere else: long enough for a busy machine
// (a test that passes in 200 ms alone can take seconds beside a build), and a failure still ends.
configure({ asyncUtilTimeout: TEST_BUDGET.wait });

// jsdom has <dialog> but not its modal methods.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// jsdom has no IndexedDB: the imported portfolio is kept in memory, as a browser would keep it.
const stored = new Map<string, unknown>();
setPortfolioStorageForTests({
  get: (key) => Promise.resolve(stored.get(key)),
  set: (key, value) => Promise.resolve(void stored.set(key, value)),
  del: (key) => Promise.resolve(void stored.delete(key)),
});

/**
 * After each test, the page is as a fresh worker would give it to the next test, whichever file
 * that is in: nothing rendered, empty storage (local and the imported portfolio's), English and
 * the app's i18next instance (a test that creates another one makes it react-i18next's own), no
 * title, the address at `/`, and real timers (stubbed globals are put back by whoever stubs them). Vitest runs without globals, so
 * Testing Library cannot register its own cleanup.
 */
export function setupDomTest(): void {
  afterEach(async () => {
    cleanup();
    globalThis.localStorage?.clear();
    globalThis.sessionStorage?.clear();
    stored.clear();
    if (getI18n() !== i18n) setI18n(i18n);
    if (i18n.language !== 'en') await i18n.changeLanguage('en');
    document.title = '';
    window.history.replaceState(null, '', '/');
    vi.useRealTimers();
  });
}
