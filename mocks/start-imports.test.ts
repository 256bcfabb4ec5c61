import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The demo build's start code (start.ts) is in the app's initial JavaScript: nothing it imports
 * for its values may bring MSW (about 135 KB gzip) in with it. Type-only imports are erased.
 */

const ROOT = resolve(import.meta.dirname, '..');
const IMPORT = /^import\s+(?!type\b)[^'"]*?from\s+'([^']+)';/gms;

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/')
    ? resolve(ROOT, 'src', spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : undefined;
  if (base === undefined) return undefined;
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((file) => existsSync(file));
}

/** The packages reached from `entry` through value imports of the project's own files. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const next = resolveImport(file, spec!);
      if (next) visit(next);
      else if (!spec!.startsWith('.') && !spec!.startsWith('@')) packages.add(spec!);
      else if (spec!.startsWith('@') && !spec!.startsWith('@/')) packages.add(spec!);
    }
  };
  visit(entry);
  return packages;
}

describe('the mock API’s start code', () => {
  it('brings no MSW into the initial JavaScript', () => {
    const reached = packagesReached(resolve(ROOT, 'mocks/start.ts'));
    expect([...reached].filter((p) => p === 'msw' || p.startsWith('msw/'))).toEqual([]);
  });

  it('is checked through its imports: off-thread.ts, which a value import would bring, has MSW', () => {
    expect(packagesReached(resolve(ROOT, 'mocks/off-thread.ts'))).toContain('msw');
  });
});
