import { describe, expect, it } from 'vitest';
import { bundleGraph, htmlAssets, type Manifest } from './bundle-graph';

/** A build like Vite's: an entry with shared chunks, routes loaded lazily, a mock API and a Worker. */
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-A.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-B.js', '_i18n-C.js'],
    dynamicImports: [
      'src/app/routes/overview.tsx',
      'src/app/routes/projects.tsx',
      'mocks/browser.ts',
    ],
    css: ['assets/index-A.css'],
  },
  '_react-B.js': { file: 'assets/react-B.js' },
  '_i18n-C.js': { file: 'assets/i18n-C.js', imports: ['_react-B.js'] },
  // Not in index.html's preloads, yet imported statically by the entry's graph.
  '_late-H.js': { file: 'assets/late-H.js' },
  '_charts-D.js': { file: 'assets/charts-D.js', imports: ['_react-B.js', '_late-H.js'] },
  '_generator-G.js': { file: 'assets/generator-G.js' },
  'src/app/routes/overview.tsx': {
    file: 'assets/overview-E.js',
    src: 'src/app/routes/overview.tsx',
    isDynamicEntry: true,
    imports: ['_charts-D.js', 'index.html'],
  },
  'src/app/routes/projects.tsx': {
    file: 'assets/projects-F.js',
    src: 'src/app/routes/projects.tsx',
    isDynamicEntry: true,
    imports: ['_react-B.js', '_generator-G.js'],
    assets: ['assets/engine.worker-W.js', 'assets/logo-L.svg'],
  },
  'mocks/browser.ts': {
    file: 'assets/browser-M.js',
    src: 'mocks/browser.ts',
    isDynamicEntry: true,
    imports: ['_msw-N.js', '_generator-G.js', 'index.html'],
  },
  '_msw-N.js': { file: 'assets/msw-N.js' },
};

const html = `<!doctype html><html><head>
  <meta http-equiv="Content-Security-Policy" content="script-src 'self'">
  <script type="module" crossorigin src="/assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/react-B.js">
  <link rel="modulepreload" crossorigin href="/assets/i18n-C.js">
  <link rel="stylesheet" crossorigin href="/assets/index-A.css">
  <link rel="icon" href="/favicon.svg">
</head><body><div id="root"></div></body></html>`;

describe('htmlAssets', () => {
  it('reads module scripts, modulepreloads and stylesheets, and nothing else', () => {
    expect(htmlAssets(html)).toEqual({
      scripts: ['assets/index-A.js'],
      preloads: ['assets/react-B.js', 'assets/i18n-C.js'],
      styles: ['assets/index-A.css'],
    });
  });
});

describe('bundleGraph', () => {
  const graph = bundleGraph(manifest, html);

  it('counts as initial what index.html loads and what the entry imports statically', () => {
    expect(graph.initial).toEqual(['assets/index-A.js', 'assets/react-B.js', 'assets/i18n-C.js']);
    expect(graph.initialCss).toEqual(['assets/index-A.css']);
  });

  it('gives each lazy entry the files it adds beyond the initial ones', () => {
    expect(graph.lazy).toEqual([
      {
        key: 'src/app/routes/overview.tsx',
        label: 'src/app/routes/overview.tsx',
        files: ['assets/overview-E.js', 'assets/charts-D.js', 'assets/late-H.js'],
      },
      {
        key: 'src/app/routes/projects.tsx',
        label: 'src/app/routes/projects.tsx',
        files: ['assets/projects-F.js', 'assets/generator-G.js'],
      },
    ]);
  });

  it('keeps the mock API apart with only the files no app entry needs', () => {
    expect(graph.mock).toEqual({
      key: 'mocks/browser.ts',
      label: 'mocks/browser.ts',
      files: ['assets/browser-M.js', 'assets/msw-N.js'],
    });
  });

  it('lists Worker scripts from the assets of the chunks that start them', () => {
    expect(graph.workers).toEqual(['assets/engine.worker-W.js']);
  });

  it('adds chunks the entry imports statically even when index.html does not preload them', () => {
    const withLate: Manifest = {
      ...manifest,
      'index.html': {
        ...manifest['index.html']!,
        imports: ['_react-B.js', '_i18n-C.js', '_late-H.js'],
      },
    };
    const { initial, lazy } = bundleGraph(withLate, html);
    expect(initial).toContain('assets/late-H.js');
    expect(lazy[0]!.files).toEqual(['assets/overview-E.js', 'assets/charts-D.js']);
  });

  it('counts every entry index.html runs, with its static imports, and no other entry', () => {
    const withStart: Manifest = {
      ...manifest,
      // The demo build's mock API start-up: an entry of its own that index.html runs first.
      'src/app/mock-api-start.ts': {
        file: 'assets/mock-api-start-S.js',
        src: 'src/app/mock-api-start.ts',
        isEntry: true,
        imports: ['_late-H.js'],
      },
      'src/other.ts': { file: 'assets/other-O.js', src: 'src/other.ts', isEntry: true },
    };
    const withStartHtml = html.replace(
      '<script type="module" crossorigin src="/assets/index-A.js">',
      '<script type="module" crossorigin async src="/assets/mock-api-start-S.js"></script>\n  <script type="module" crossorigin src="/assets/index-A.js">',
    );
    const { initial } = bundleGraph(withStart, withStartHtml);
    expect(initial).toEqual([
      'assets/mock-api-start-S.js',
      'assets/index-A.js',
      'assets/react-B.js',
      'assets/i18n-C.js',
      'assets/late-H.js',
    ]);
  });
});
