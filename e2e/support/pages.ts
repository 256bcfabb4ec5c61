import type { Locator, Page } from '@playwright/test';

/*
 * Thin page objects: each names the locators of one part of the app by the accessible names of
 * DESIGN §8, so a spec reads as steps a person takes. They return locators and never assert.
 */

/** The header's navigation and language control, on every screen. */
export class AppShell {
  constructor(private readonly page: Page) {}
  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }
  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }
  get language(): Locator {
    return this.page.getByLabel('Language');
  }
  get dataAsOf(): Locator {
    return this.page.getByTestId('data-as-of');
  }
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  /** The notice that names the address's values that were not understood. */
  get urlNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'were not understood' });
  }
}

/** The shared filter panel. */
export class FilterPanel {
  constructor(private readonly page: Page) {}
  /** A checkbox facet by its name: "Region", "Status", "Project type", "Coverage". */
  facet(name: string): Locator {
    return this.page.getByRole('group', { name });
  }
  /** One option of a checkbox facet. */
  option(facet: string, label: string | RegExp): Locator {
    return this.facet(facet).getByRole('checkbox', { name: label });
  }
  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' });
  }
  /** A searchable multi-select's button: "Country" or "Funding year". */
  combobox(name: 'Country' | 'Funding year'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  get clear(): Locator {
    return this.page.getByRole('button', { name: 'Clear filters' });
  }
}

/** /projects: the table, its live summary and the export. */
export class ExplorerScreen {
  constructor(private readonly page: Page) {}
  get table(): Locator {
    return this.page.getByRole('table', { name: 'Projects' });
  }
  /** The live summary "N projects · total budget". */
  get summary(): Locator {
    return this.page.getByRole('status').filter({ hasText: /projects? · / });
  }
  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export CSV' });
  }
  /** The table's scrolling container. */
  get scroller(): Locator {
    return this.table.locator('xpath=..');
  }
  /** The rendered data rows (the table is virtualised: only those near the viewport). */
  get rows(): Locator {
    return this.table.locator('tbody tr[data-id]');
  }
}

/** /timeline: its controls and the list of bars. */
export class TimelineScreen {
  constructor(private readonly page: Page) {}
  /** The list of bars, named "Timeline of N projects". */
  list(name: string | RegExp = /^Timeline of [\d,]+ projects?$/): Locator {
    return this.page.getByRole('list', { name });
  }
  get groupBy(): Locator {
    return this.page.getByLabel('Group by');
  }
  get zoom(): Locator {
    return this.page.getByLabel('Zoom');
  }
  /** A group's header button, by the start of its label ("Africa · 12 projects · …"). */
  group(label: string): Locator {
    return this.list().getByRole('button', { name: new RegExp(`^${label} · `) });
  }
  get scroller(): Locator {
    return this.page.locator('.tl-scroller');
  }
}

/** /budget: the Rows switch and the pivot. */
export class BudgetScreen {
  constructor(private readonly page: Page) {}
  get rows(): Locator {
    return this.page.getByRole('group', { name: 'Rows' });
  }
  pivot(name: string): Locator {
    return this.page.getByRole('table', { name });
  }
}

/** An Overview chart card, by its heading: its switches, table view and downloads. */
export class ChartCardRegion {
  constructor(readonly region: Locator) {}
  get showAsTable(): Locator {
    return this.region.getByRole('button', { name: 'Show as table' });
  }
  get table(): Locator {
    return this.region.getByRole('table');
  }
}

/** The Overview's chart cards. */
export class OverviewScreen {
  constructor(private readonly page: Page) {}
  chart(name: string | RegExp): ChartCardRegion {
    return new ChartCardRegion(this.page.getByRole('region', { name }));
  }
}

/** /map: the Measure switch, the region highlight and the choropleth. */
export class MapScreen {
  constructor(private readonly page: Page) {}
  /** A Measure button ("Budget", "Projects"); `aria-pressed` says which is shown. */
  measure(name: string): Locator {
    return this.page.getByRole('group', { name: 'Measure' }).getByRole('button', { name });
  }
  get highlight(): Locator {
    return this.page.getByLabel('Highlight region');
  }
  /** The map's figure, named by its measure ("Number of projects"). */
  figure(name: string | RegExp): Locator {
    return this.page.getByRole('figure', { name });
  }
}

/** /projects/:id: the heading, a fact by its label and the way back. */
export class ProjectScreen {
  constructor(private readonly page: Page) {}
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  /** The value of a fact ("Status", "Budget (USD)") in the page's list of facts. */
  fact(label: string): Locator {
    return this.page
      .locator('.project-fact')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }
  get back(): Locator {
    return this.page.getByRole('link', { name: /^Back to/ });
  }
}
