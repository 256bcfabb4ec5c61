import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/* Start-up and storage: the app never ends on a blank page, and says what it set aside. */

const STORE = { db: 'keyval-store', store: 'keyval', key: 'portfolio-dashboard.imported' };

/** Puts a value where the app keeps the imported portfolio (idb-keyval's default store). */
async function storeImported(page: Page, value: unknown) {
  await page.evaluate(
    ({ db, store, key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { ...STORE, value },
  );
}

test.describe('start-up', () => {
  test.describe('with service workers blocked', () => {
    test.use({ serviceWorkers: 'block' });

    test('the demo build says why it cannot start and what to do', async ({ page, shell }) => {
      await page.goto('/?lang=en');
      const panel = shell.alert;
      await expect(
        panel.getByRole('heading', { name: 'The dashboard could not start' }),
      ).toBeVisible();
      await expect(panel).toContainText('Open the dashboard in a normal window');
      await expect(panel.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    });
  });

  for (const [shape, stored] of [
    [
      'an older version’s record without importedAt',
      { name: 'old.csv', projects: [], rejected: [] },
    ],
    [
      'a renamed reason code',
      {
        name: 'old.csv',
        importedAt: '2025-01-01T00:00:00.000Z',
        projects: [],
        rejected: [{ index: 0, id: 'A', reasons: [{ code: 'bad_budget' }] }],
      },
    ],
    [
      'rejected records that are not a list',
      { name: 'old.csv', importedAt: '2025-01-01T00:00:00.000Z', projects: [], rejected: 3 },
    ],
  ] as const) {
    test(`a stored portfolio with ${shape} is set aside: the sample, with a notice`, async ({
      page,
      shell,
      explorer,
    }) => {
      // Stored from a page of the same origin that runs no app, so that no running dashboard
      // reads or writes the store meanwhile: the stored value is what the next start finds.
      await page.goto('/mockServiceWorker.js');
      await storeImported(page, stored);
      await page.goto('/projects?lang=en');
      await expect(shell.status('could not be read')).toBeVisible();
      await expect(explorer.table).toBeVisible();
      await expect(shell.status(/^600 projects/)).toBeVisible();
      // Said once: the record is gone, so the next visit starts cleanly.
      await page.reload();
      await expect(explorer.table).toBeVisible();
      await expect(page.getByText('could not be read')).toHaveCount(0);
    });
  }

  test('a load reports no Content-Security-Policy violation', async ({ page, shell, explorer }) => {
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.goto('/projects?lang=en');
    await expect(explorer.table).toBeVisible();
    await shell.navLink('Overview').click();
    await expect(shell.heading).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
  });

  // The app's code is one module graph the browser fetches and compiles whole before running any
  // of it; the mock API's Worker starts from a script of its own that imports nothing, and takes
  // its settings from its name rather than a message (which waits for the page's main thread).
  test('the demo build starts the mock API’s Worker from a script of its own, ahead of the app', async ({
    page,
    request,
    explorer,
  }) => {
    const html = await (await request.get('/')).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatch(/\btype="module"/);
    expect(scripts[0]).toMatch(/\basync\b/);
    const start = /src="([^"]*mock-api-start-[^"]*\.js)"/.exec(scripts[0]!)?.[1];
    expect(start).toBeDefined();
    const code = await (await request.get(start!)).text();
    expect(code).toContain('mock-api.worker');
    expect(code).not.toMatch(/\bimport\s*[\w{*"'`(]/);

    const names: string[] = [];
    page.on('worker', (worker) => void worker.evaluate(() => self.name).then((n) => names.push(n)));
    await page.goto('/projects?lang=en&mockCount=700');
    await expect(explorer.table).toBeVisible();
    await expect.poll(() => names.find((name) => name.startsWith('mock-api '))).toBeDefined();
    expect(JSON.parse(names.find((name) => name.startsWith('mock-api '))!.slice(9))).toMatchObject({
      count: 700,
      baseUrl: '/api',
    });
  });
});

test.describe('filters', () => {
  test('adding filters does not move the filter list under the pointer', async ({
    page,
    explorer,
    filters,
  }) => {
    await page.goto('/projects?lang=en');
    await expect(explorer.table).toBeVisible();
    const ongoing = filters.option('Status', /^Ongoing/);
    const before = await ongoing.boundingBox();
    for (const name of [/^Africa/, /^Asia/, /^Europe/, /^Global/])
      await filters.option('Region', name).click();
    await expect(filters.removeChip('Region')).toHaveCount(4);
    expect((await ongoing.boundingBox())?.y).toBe(before?.y);
  });
});
