/**
 * Every time budget of the Vitest suites, in one place; the browser suites' are `BUDGET` in
 * e2e/support/browser.ts. They are sized for this project's 2-core machine shared with another
 * CPU-heavy process, so a test fails because the code is wrong, never because the machine is
 * busy; a hang still ends. A test names the budget it needs; none sets a number of its own.
 */
export const TEST_BUDGET = {
  /** One test, all its steps (vite.config.ts `testTimeout`). */
  test: 60_000,
  /** One Testing Library wait (`findBy…`, `waitFor`) or `expect.poll` (src/test/setup-dom.ts). */
  wait: 15_000,
  /** A test that builds a portfolio of 50,000 projects or more, or walks through every screen. */
  largePortfolioTest: 120_000,
  /** One wait for the first view of a portfolio of 50,000 projects or more. */
  largePortfolioWait: 30_000,
  /** Starting the API targets (the mock, PGlite, PostgreSQL), or one ingest of a real file. */
  serverStart: 120_000,
  /** An ingest of a large file, killed half-way through and run again. */
  largeIngest: 300_000,
} as const;
