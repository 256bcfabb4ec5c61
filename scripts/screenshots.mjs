// Screenshots of screens in every language, for looking at what a person sees.
// Usage: node scripts/screenshots.mjs [--out dir] [--width 1366] [--lang en,fr,es] [path ...]
// Paths default to every screen; each is shot in English, French and Spanish (full page).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const out = option('out', 'screenshots');
const width = Number(option('width', '1366'));
const langs = option('lang', 'en,fr,es').split(',');
const paths =
  args.length > 0
    ? args
    : [
        '/',
        '/projects',
        '/projects/RR.0083',
        '/timeline',
        '/budget',
        '/map',
        '/import',
        '/nowhere',
      ];

const executablePath = await findChromium();
if (!executablePath) process.exit(1);
mkdirSync(out, { recursive: true });
const server = await createServer({ server: { port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const path of paths) {
    for (const lang of langs) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${base}${path}${sep}lang=${lang}`);
      await page.waitForLoadState('networkidle');
      // Wait for the screen itself, not the loading state (the dev server compiles on first visit).
      await page
        .locator('main h1')
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(() => undefined);
      await page.waitForTimeout(800);
      const name = path.replace(/^\//, '').replace(/[^a-zA-Z0-9.-]+/g, '_') || 'overview';
      const file = `${out}/${name}-${lang}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
