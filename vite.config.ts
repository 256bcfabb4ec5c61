/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './csp.ts';
import { TEST_BUDGET } from './src/test/budget.ts';

const apiBase = process.env.VITE_API_BASE_URL;
/** A build in which the mock API can run (see src/lib/mock-settings.ts, MOCK_BUILD). */
const mockApiBuild =
  process.env.VITE_DEMO_BUILD === 'on' && !apiBase && process.env.VITE_MOCKS !== 'off';

const nodeTests = [
  'src/**/*.test.ts',
  'mocks/**/*.test.ts',
  'backend/**/*.test.ts',
  'server/**/*.test.ts',
  'scripts/**/*.test.ts',
  'bench/**/*.test.ts',
];
const domTests = ['src/**/*.test.tsx'];

/**
 * Test files that replace or reload modules (`vi.mock`, `vi.doMock`, `vi.resetModules`): found by
 * reading the files, so a new one is never forgotten. They run isolated, each in a fresh worker,
 * because a replaced module would otherwise stay replaced for the next file of the same worker.
 */
const mockingTests = ['src', 'mocks', 'backend', 'server', 'scripts', 'bench']
  .flatMap((folder) =>
    readdirSync(fileURLToPath(new URL(folder, import.meta.url)), {
      recursive: true,
      encoding: 'utf8',
    }).map((file) => `${folder}/${file}`),
  )
  .filter((file) => /\.test\.tsx?$/.test(file) && !file.includes('node_modules'))
  .filter((file) =>
    /\bvi\.(mock|doMock|resetModules)\(/.test(
      readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8'),
    ),
  );

/** Puts the Content-Security-Policy into the built index.html (not in development, where Vite injects inline scripts). */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(apiBase) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The demo build starts its mock API's Worker before the app's code is evaluated:
 * src/app/mock-api-start.ts is an entry of its own, which index.html loads with an `async` module
 * script ahead of the app's. The app's entry is one module graph that the browser fetches and
 * compiles whole before running any of it (≈ 0.3–0.5 s); the mock API's start-up imports only a
 * few small modules, so the Worker generates the portfolio meanwhile. The app imports the same
 * module (one instance per page), so it finds the Worker already started.
 */
const MOCK_API_START_MODULES =
  /\/(src\/app\/mock-api-start|src\/lib\/mock-settings|src\/domain\/mock-params|src\/lib\/perf\/perf-marks|mocks\/(start-worker|api-url|mock-measures))\.ts$/;

function mockApiEarlyStart(): Plugin {
  const entry = fileURLToPath(new URL('./src/app/mock-api-start.ts', import.meta.url));
  let base = '/';
  return {
    name: 'mock-api-early-start',
    apply: (_config, env) => env.command === 'build' && mockApiBuild,
    config: () => ({
      build: {
        rolldownOptions: {
          input: {
            index: fileURLToPath(new URL('./index.html', import.meta.url)),
            'mock-api-start': entry,
          },
          // Everything the start-up imports goes into its own chunk: an import of a chunk shared
          // with the app would wait behind the app's larger files.
          output: {
            codeSplitting: {
              groups: [{ name: 'mock-api-start', test: MOCK_API_START_MODULES }],
            },
          },
        },
      },
    }),
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.facadeModuleId === entry,
        );
        if (!chunk) throw new Error('The mock API start-up entry is missing from the build.');
        return [
          {
            tag: 'script',
            attrs: { type: 'module', crossorigin: true, async: true, src: base + chunk.fileName },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMeta(), mockApiEarlyStart()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      '@backend': fileURLToPath(new URL('./backend', import.meta.url)),
    },
  },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: false },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    headers: {
      'Content-Security-Policy': contentSecurityPolicy(apiBase, { header: true }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // dist/.vite/manifest.json: which chunks index.html loads and which load later, for `npm run bench`.
    manifest: true,
  },
  // Dependencies only lazy chunks import: pre-bundled at start, so the first visit to the map
  // in development does not re-optimise and reload the page.
  optimizeDeps: { include: ['d3-geo', 'topojson-client'] },
  worker: { format: 'es' },
  test: {
    globals: false,
    setupFiles: ['./src/test/setup.ts'],
    // Named once in src/test/budget.ts, for a busy 2-core machine: a test that needs longer names
    // a budget from there, never a number of its own.
    testTimeout: TEST_BUDGET.test,
    hookTimeout: TEST_BUDGET.test,
    expect: { poll: { timeout: TEST_BUDGET.wait } },
    pool: 'threads',
    // Both cores: by default a run keeps one core free, which on two cores means one worker.
    maxWorkers: 2,
    // One worker runs many files: it starts its environment (jsdom takes seconds) and imports the
    // app once, not once a file. What a test changes outside its module is put back by the setup
    // files after each test (rendered DOM, storage, language, title, timers, stubbed globals); a file
    // that replaces a module (`vi.mock`) or reloads modules runs alone in a fresh worker (below).
    isolate: false,
    // Component tests (*.test.tsx) run in jsdom; everything else in Node, which starts in a
    // fraction of the time. A .ts test that needs a DOM says so: `// @vitest-environment jsdom`.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: nodeTests, exclude: mockingTests },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: domTests, exclude: mockingTests },
      },
      {
        extends: true,
        test: {
          name: 'node-isolated',
          environment: 'node',
          isolate: true,
          include: mockingTests.filter((file) => !file.endsWith('.tsx')),
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-isolated',
          environment: 'jsdom',
          isolate: true,
          include: mockingTests.filter((file) => file.endsWith('.tsx')),
        },
      },
    ],
  },
});
