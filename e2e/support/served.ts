import { expect, type Page } from '@playwright/test';

/* What the mock API serves, read in the page (where its service worker answers), for specs to
   compute their expected figures independently of the app. The app itself does not wait for the
   service worker (its requests go to the mock API's Worker over a port), so these wait for it. */

/**
 * Resolves once this page's `/api` requests are answered by the API: at once from a real server,
 * and in the demo build once MSW's service worker answers them (it starts once the first view is
 * painted; until then the preview server answers with the app's HTML). Polled from here, each
 * check's fetch awaited: a `waitForFunction` predicate that returns a promise counts as met at once.
 */
async function mockApiServed(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const response = await fetch('/api/meta');
        return (response.headers.get('content-type') ?? '').includes('json');
      }),
    )
    .toBe(true);
}

export interface ServedFunder {
  name: string;
  ref?: string;
  share?: number;
}

/** A project record as the API serves it (the fields the specs read). */
export interface Served {
  id: string;
  primaId: string;
  title: string;
  region: string;
  status: string;
  budgetUsd: number;
  spentUsd?: number;
  countries: string[];
  funders?: ServedFunder[];
}

/**
 * Every project record the mock API serves, page by page. A page answered by anything but the
 * mock API (the app's own HTML, while MSW does not yet answer this page even though it answered
 * its `/api/meta`) makes the whole read start again, until the API's own answers arrive.
 */
export async function servedProjects(page: Page): Promise<Served[]> {
  await mockApiServed(page);
  let items: Served[] | null = null;
  await expect
    .poll(async () => {
      items = await page.evaluate(async () => {
        const read: Served[] = [];
        for (let offset = 0, total = 1; offset < total;) {
          const response = await fetch(`/api/projects?offset=${offset}&limit=5000`);
          if (!(response.headers.get('content-type') ?? '').includes('json')) return null;
          const body = (await response.json()) as { total: number; items: Served[] };
          total = body.total;
          read.push(...body.items);
          if (body.items.length === 0) break;
          offset += body.items.length;
        }
        return read;
      });
      return items !== null;
    })
    .toBe(true);
  return items!;
}

/** The source the mock API names in its meta (the sample's). */
export async function servedSource(page: Page): Promise<string> {
  await mockApiServed(page);
  return page.evaluate(
    async () => ((await (await fetch('/api/meta')).json()) as { source: string }).source,
  );
}
