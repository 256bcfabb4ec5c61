import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setPortfolioStorageForTests } from '@/lib/portfolio/imported-portfolio';

// One wait for every findBy / waitFor, set here and nowhere else: long enough for a busy machine
// (a test that passes in 200 ms alone can take seconds beside a build), and a failure still ends.
configure({ asyncUtilTimeout: 15_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

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
