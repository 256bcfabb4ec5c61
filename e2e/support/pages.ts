import type { Locator, Page } from '@playwright/test';

/*
 * Thin page objects: each names the locators of one part of the app by the accessible names of
 * DESIGN §8, so a spec reads as steps a person takes. They return locators and never assert.
 * Names are the English ones; a method that a spec also uses in another language takes the name.
 */

/** The header's navigation and language control, the live messages and what every screen has. */
export class AppShell {
  constructor(private readonly page: Page) {}
  /** The main navigation (named "Main", "Principale" or "Principal"). */
  get nav(): Locator {
    return this.page.getByRole('navigation', { name: /^(Main|Principale|Principal)$/ });
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
  /** The screen's level-one heading; with a name, only that one. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  title(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
  get main(): Locator {
    return this.page.getByRole('main');
  }
  /** The document element: its `lang` says the interface language. */
  get document(): Locator {
    return this.page.locator('html');
  }
  get footer(): Locator {
    return this.page.getByRole('contentinfo');
  }
  /** What shows while a screen loads: a busy region or the map's placeholder, and the words. */
  get loading(): Locator {
    return this.page.locator('main [aria-busy="true"], main .map-loading');
  }
  /** Every chart drawn on the screen. */
  get charts(): Locator {
    return this.page.locator('main .recharts-surface, main svg.chart-surface');
  }
  get loadingText(): Locator {
    return this.page.getByText(/^(Loading|Chargement|Cargando)/);
  }
  /** The notice that names the address's values that were not understood. */
  get urlNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'were not understood' });
  }
  /** A status message ("Loading projects", "600 projects · …", "could not be read"). */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
  /** A polite live message ("Link copied", "Exported 12 rows to …"). */
  announcement(text: string | RegExp): Locator {
    return this.page.locator('[aria-live="polite"]').filter({ hasText: text });
  }
  /** The error panel of a screen or of the start-up. */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }
  retry(name = 'Retry'): Locator {
    return this.page.getByRole('button', { name });
  }
  copyLink(name = 'Copy link'): Locator {
    return this.page.getByRole('button', { name });
  }
  get print(): Locator {
    return this.page.getByRole('button', { name: 'Print' });
  }
  /** The "Data issues: N" button and its dialog. */
  get dataIssues(): Locator {
    return this.page.getByRole('button', { name: /Data issues: \d+/ });
  }
  get dataIssuesDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Data issues' });
  }
  /** The banner of an imported portfolio, and its way back to the sample. */
  get importedPortfolio(): Locator {
    return this.page.getByRole('region', { name: 'Imported portfolio' });
  }
  get returnToSample(): Locator {
    return this.page.getByRole('button', { name: 'Return to the sample portfolio' });
  }
  /** The source line under the data date; with a text, that source ("imported file “x.csv”"). */
  source(text?: string, exact = false): Locator {
    return this.page.getByText(text === undefined ? /Source: / : `Source: ${text}`, { exact });
  }
  /** The not-found page's way back. */
  get toOverview(): Locator {
    return this.page.getByRole('link', { name: 'Go to the overview' });
  }
}

/** The shared filter panel, and on a phone its drawer. */
export class FilterPanel {
  constructor(private readonly page: Page) {}
  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Filters' });
  }
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
  /** A searchable multi-select's text box, by its name in the page's language, and its list. */
  searchable(name: string): Locator {
    return this.page.getByRole('combobox', { name, exact: true });
  }
  searchableList(name: string): Locator {
    return this.page.getByRole('listbox', { name });
  }
  /** An option of the open searchable list. */
  searchableOption(name: string | RegExp): Locator {
    return this.page.getByRole('option', { name });
  }
  /** The chips' remove buttons of a facet ("Remove Region: Africa"). */
  removeChip(facet: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Remove ${facet}`) });
  }
  get clear(): Locator {
    return this.page.getByRole('button', { name: 'Clear filters' });
  }
  /** On a phone: the button that opens the drawer, named with the count of filters applied. */
  openDrawer(count: number): Locator {
    return this.page.getByRole('button', { name: `Filters (${count})` });
  }
  get drawer(): Locator {
    return this.page.getByRole('dialog', { name: 'Filters' });
  }
  get showResults(): Locator {
    return this.drawer.getByRole('button', { name: 'Show results' });
  }
}

/** /projects: the table (or a phone's cards), its live summary and the export. */
export class ExplorerScreen {
  constructor(private readonly page: Page) {}
  /** The projects table (named "Projects" in the page's language). */
  get table(): Locator {
    return this.page.getByRole('table', { name: /^(Projects|Projets|Proyectos)$/ });
  }
  /** The live summary "N projects · total budget" (in English, French or Spanish). */
  get summary(): Locator {
    return this.page.getByRole('status').filter({ hasText: /(projects?|projets?|proyectos?) · / });
  }
  exportButton(name = 'Export CSV'): Locator {
    return this.page.getByRole('button', { name });
  }
  allColumns(name = 'All columns'): Locator {
    return this.page.getByRole('checkbox', { name });
  }
  /** The table's scrolling container. */
  get scroller(): Locator {
    return this.table.locator('xpath=..');
  }
  /** The rendered data rows (the table is virtualised: only those near the viewport). */
  get rows(): Locator {
    return this.table.locator('tbody tr[data-id]');
  }
  /** The scrolling list of rows (the table) or of cards (a phone), by its width. */
  list(layout: 'table' | 'cards'): Locator {
    return this.page.locator(
      layout === 'table' ? '.explorer-table-scroll' : '.explorer-cards-scroll',
    );
  }
  /** A column's header button, by its name ("Budget (USD)"); `aria-sort` says the order. */
  columnHeader(name: string | RegExp): Locator {
    return this.page.getByRole('columnheader', { name });
  }
  /** A phone's sort control for the cards: its field and direction selects are inside. */
  cardSort(name = 'Sort the projects'): Locator {
    return this.page.getByRole('group', { name });
  }
  /** A phone's project cards. */
  cards(name = 'Projects'): Locator {
    return this.page.getByRole('list', { name }).getByRole('listitem');
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
  /** The time window's buttons ("Earlier", "Later", "Today") and the months it shows. */
  windowButton(name: 'Earlier' | 'Later' | 'Today'): Locator {
    return this.page.getByRole('group', { name: 'Time window' }).getByRole('button', { name });
  }
  get windowShown(): Locator {
    return this.page.getByTestId('timeline-window');
  }
  /** The axis's tick for a year, its labels, and the corner above the titles where it starts. */
  yearTick(year: number): Locator {
    return this.page.getByTestId(`year-tick-${year}`);
  }
  get tickLabels(): Locator {
    return this.page.locator('.tl-axis-track .tl-tick-label');
  }
  get axisCorner(): Locator {
    return this.page.locator('.tl-axis-corner');
  }
  /** A bar's tooltip. */
  get tooltip(): Locator {
    return this.page.getByRole('tooltip');
  }
}

/** /budget: the Rows switch, the pivot, its scrolling box and its downloads. */
export class BudgetScreen {
  constructor(private readonly page: Page) {}
  /** The Rows switch (in English, French or Spanish). */
  get rows(): Locator {
    return this.page.getByRole('group', { name: /^(Rows|Lignes|Filas)$/ });
  }
  /** One button of the Rows switch: "Region", "Project type", "Country". */
  rowsBy(name: string): Locator {
    return this.rows.getByRole('button', { name });
  }
  /** The pivot, by its name; by default whichever rows it has, in any language. */
  pivot(name: string | RegExp = /^(Budget \(USD\) by|Budget \(USD\) par|Presupuesto \(USD\) por)/) {
    return this.page.getByRole('table', { name });
  }
  /** The pivot's grand total: the last cell of its footer. */
  get grandTotal(): Locator {
    return this.pivot().locator('tfoot td').last();
  }
  get showAllCountries(): Locator {
    return this.page.getByRole('button', { name: /^Show all \d+ countries$/ });
  }
  get downloadCsv(): Locator {
    return this.page.getByRole('button', { name: 'Download table (CSV)' });
  }
  /** The printed summary's key figures and breakdowns (shown in print only). */
  get digest(): Locator {
    return this.page.locator('.budget-digest');
  }
  /** The money table: budget, committed, disbursed and spent per row. */
  get moneyTable(): Locator {
    return this.page.getByRole('table', { name: /^Budget, committed, disbursed and spent/ });
  }
  /** The box the pivot scrolls sideways in, and its paging buttons and year range. */
  get scrollBox(): Locator {
    return this.page.getByRole('region', { name: 'Budget table, scrolls sideways' });
  }
  get earlierYears(): Locator {
    return this.page.getByRole('button', { name: '‹ Earlier years' });
  }
  get laterYears(): Locator {
    return this.page.getByRole('button', { name: 'Later years ›' });
  }
  /** The "Years 2019–2026 shown, of 2001–2026" line. */
  get yearsShown(): Locator {
    return this.page.getByText(/^Years? \d{4}(–\d{4})? shown, of \d{4}–\d{4}$/);
  }
  /** The cumulative budget chart's image. */
  get trend(): Locator {
    return this.page.getByRole('img', {
      name: /cumulative budget|budget cumulé|presupuesto acumulado/i,
    });
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
  /** The drawn bars, the category labels beside them, the focusable surface and its tooltip. */
  get bars(): Locator {
    return this.region.locator('.recharts-bar-rectangle, .chart-bar');
  }
  get categoryLabels(): Locator {
    return this.region.locator('.category-tick');
  }
  get surface(): Locator {
    return this.region.locator('svg.recharts-surface, svg.chart-surface');
  }
  get tooltip(): Locator {
    return this.region.locator('.chart-tooltip');
  }
  /** A button of the card: a switch ("Project type") or "Filter by Africa". */
  button(name: string): Locator {
    return this.region.getByRole('button', { name, exact: true });
  }
}

/** The Overview's key figures and chart cards. */
export class OverviewScreen {
  constructor(private readonly page: Page) {}
  /** A key figure by its label: "Projects", "Total budget", "Ongoing", "Countries". */
  tile(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }
  /** The amounts written on the bars. */
  get barValues(): Locator {
    return this.page.locator('main .bar-value');
  }
  chart(name: string | RegExp): ChartCardRegion {
    return new ChartCardRegion(
      this.page.getByRole('region', typeof name === 'string' ? { name, exact: true } : { name }),
    );
  }
}

/** /map: the Measure switch, the region highlight, the choropleth, its tooltip and table. */
export class MapScreen {
  constructor(private readonly page: Page) {}
  /** A Measure button ("Budget", "Projects"); `aria-pressed` says which is shown. */
  measure(name: string): Locator {
    return this.page.getByRole('group', { name: 'Measure' }).getByRole('button', { name });
  }
  get highlight(): Locator {
    return this.page.getByLabel('Highlight region');
  }
  /** A heading of the screen, by its name ("Projects by benefiting state"). */
  heading(name: string): Locator {
    return this.page.getByRole('heading', { name });
  }
  /** The map's figure, named by its measure ("Number of projects"). */
  figure(name: string | RegExp): Locator {
    return this.page.getByRole('figure', { name });
  }
  /** A state's button, by its name in the page's language ("China", "Chine"). */
  state(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${name}\\s?: `) });
  }
  /** Every state's button: the drawn map is one group. */
  get states(): Locator {
    return this.page.getByRole('group', { name: /^World map: / }).getByRole('button');
  }
  get tooltip(): Locator {
    return this.page.locator('.map-tooltip');
  }
  get highlighted(): Locator {
    return this.page.locator('.map-highlight');
  }
  /** The list of states too small to draw, each a button. */
  get tooSmall(): Locator {
    return this.page.getByRole('list', { name: 'States too small to draw' }).getByRole('button');
  }
  showAsTable(name = 'Show as table'): Locator {
    return this.page.getByRole('button', { name });
  }
  /** The table view, named by its measure ("Budget by benefiting state"). */
  table(name: string): Locator {
    return this.page.getByRole('table', { name });
  }
}

/** /projects/:id: the heading, a fact by its label, the span, the news and the way back. */
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
  /** The span drawn on the project's page, named by its years and the data date. */
  span(name: RegExp): Locator {
    return this.page.getByRole('img', { name });
  }
  get news(): Locator {
    return this.page.getByRole('region', { name: 'Related news' });
  }
  /** Its funders and financial progress. */
  get funding(): Locator {
    return this.page.getByRole('region', { name: 'Funding and spending' });
  }
  back(name: string | RegExp = /^Back to/): Locator {
    return this.page.getByRole('link', { name });
  }
}

/** /import: the picker, the mapping, the report and its confirmation. */
export class ImportScreen {
  constructor(private readonly page: Page) {}
  picker(name = 'Choose a file'): Locator {
    return this.page.getByLabel(name);
  }
  /** The field chosen for a source column ("Field for column Enveloppe"). */
  fieldFor(column: string): Locator {
    return this.page.getByLabel(`Field for column ${column}`);
  }
  get report(): Locator {
    return this.page.getByRole('region', { name: 'Import report' });
  }
  /** The value after a label in the report's summary ("Accepted", "Format"). */
  reportValue(label: string): Locator {
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.report.locator('dt', { hasText: exact }).locator('+ dd');
  }
  get columns(): Locator {
    return this.page.getByRole('region', { name: 'Columns' });
  }
  /** The choice for a file's child activities (rolled up or separate). */
  get childActivities(): Locator {
    return this.page.getByRole('group', { name: 'Child activities' });
  }
  /** The table of the records accepted, by its name ("Accepted records (2)"). */
  accepted(name: string): Locator {
    return this.page.getByRole('table', { name });
  }
  confirm(name = 'Use this portfolio'): Locator {
    return this.page.getByRole('button', { name });
  }
}
