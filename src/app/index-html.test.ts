import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('index.html', () => {
  // Chromium reads the icon again on every same-document navigation, i.e. every filter click: an
  // inline icon is never a request (in the demo build, one through MSW's service worker).
  it('carries its icon inline, so that a filter click requests nothing', () => {
    const html = readFileSync(resolve('index.html'), 'utf8');
    const icons = [...html.matchAll(/<link\s[^>]*rel="icon"[^>]*>/g)].map((m) => m[0]);
    expect(icons).toHaveLength(1);
    expect(icons[0]).toMatch(/href="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
  });
});
