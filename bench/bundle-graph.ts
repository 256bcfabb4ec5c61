/**
 * Which JavaScript a production build loads when, from dist/index.html and Vite's manifest
 * (dist/.vite/manifest.json): the initial set (what index.html runs or modulepreloads before the
 * first render), each lazily loaded entry with what it adds, the mock API's chunks (loaded only
 * in mock mode) and the Worker scripts.
 */

/** One entry of Vite's build manifest. */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** A lazily loaded entry (a route, the mock API) and the files it adds to those already loaded. */
export interface LazyEntry {
  key: string;
  label: string;
  files: string[];
}

export interface BundleGraph {
  /** JavaScript files index.html loads before the first render, entry first. */
  initial: string[];
  /** Stylesheets index.html loads. */
  initialCss: string[];
  lazy: LazyEntry[];
  /** The mock API's entry and the files only it needs. */
  mock: LazyEntry | undefined;
  /** Worker scripts, loaded when a Worker starts. */
  workers: string[];
}

/** The `src` of module scripts and `href` of modulepreloads and stylesheets in an HTML page. */
export function htmlAssets(html: string): {
  scripts: string[];
  preloads: string[];
  styles: string[];
} {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const scripts: string[] = [];
  const preloads: string[] = [];
  const styles: string[] = [];
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type="module"/.test(tag)) {
      const src = attr(tag, 'src');
      if (src) scripts.push(src);
    } else if (tag.startsWith('<link')) {
      const rel = attr(tag, 'rel');
      const href = attr(tag, 'href');
      if (href && rel === 'modulepreload') preloads.push(href);
      if (href && rel === 'stylesheet') styles.push(href);
    }
  }
  const local = (path: string) => path.replace(/^\//, '');
  return { scripts: scripts.map(local), preloads: preloads.map(local), styles: styles.map(local) };
}

/** Keys of `start` and every chunk it imports statically, depth first. */
function staticClosure(manifest: Manifest, start: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(start);
  return [...seen];
}

const isMock = (key: string, chunk: ManifestChunk) => (chunk.src ?? key).startsWith('mocks/');

/** Classifies every JavaScript file of a build; `html` is dist/index.html. */
export function bundleGraph(manifest: Manifest, html: string): BundleGraph {
  const assets = htmlAssets(html);
  const initial = [...new Set([...assets.scripts, ...assets.preloads])].filter((f) =>
    f.endsWith('.js'),
  );
  // The manifest's static graph of each entry index.html runs (the app's, and in the demo build
  // the mock API's start-up): index.html should already list all of it.
  const entryKeys = Object.keys(manifest).filter(
    (k) => manifest[k]!.isEntry && assets.scripts.includes(manifest[k]!.file),
  );
  for (const entryKey of entryKeys)
    for (const key of staticClosure(manifest, entryKey)) {
      const file = manifest[key]!.file;
      if (!initial.includes(file)) initial.push(file);
    }
  const loaded = new Set(initial);
  const entryOf = (key: string): LazyEntry => {
    const chunk = manifest[key]!;
    const files = staticClosure(manifest, key)
      .map((k) => manifest[k]!.file)
      .filter((f) => f.endsWith('.js') && !loaded.has(f));
    return { key, label: chunk.src ?? chunk.name ?? key, files };
  };
  const dynamicKeys = Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry);
  const lazyAll = dynamicKeys.filter((k) => !isMock(k, manifest[k]!)).map(entryOf);
  const mockKey = dynamicKeys.find((k) => isMock(k, manifest[k]!));
  let mock: LazyEntry | undefined;
  if (mockKey) {
    // Files the app's own lazy entries also use are not the mock's alone.
    const shared = new Set(lazyAll.flatMap((e) => e.files));
    const entry = entryOf(mockKey);
    mock = { ...entry, files: entry.files.filter((f) => !shared.has(f)) };
  }
  // Vite lists a `new Worker(new URL(…))` script among the assets of the chunk that starts it.
  const workers = [
    ...new Set(
      Object.values(manifest).flatMap((c) => (c.assets ?? []).filter((a) => a.endsWith('.js'))),
    ),
  ];
  return { initial, initialCss: assets.styles, lazy: lazyAll, mock, workers };
}
