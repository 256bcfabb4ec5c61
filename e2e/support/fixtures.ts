import { test as base } from '@playwright/test';
import {
  AppShell,
  BudgetScreen,
  ExplorerScreen,
  FilterPanel,
  ImportScreen,
  MapScreen,
  OverviewScreen,
  ProjectScreen,
  TimelineScreen,
} from './pages';

/** Playwright's `test` with the app's page objects as fixtures. */
export const test = base.extend<{
  shell: AppShell;
  filters: FilterPanel;
  explorer: ExplorerScreen;
  timeline: TimelineScreen;
  budget: BudgetScreen;
  overview: OverviewScreen;
  map: MapScreen;
  project: ProjectScreen;
  importer: ImportScreen;
}>({
  shell: async ({ page }, provide) => provide(new AppShell(page)),
  filters: async ({ page }, provide) => provide(new FilterPanel(page)),
  explorer: async ({ page }, provide) => provide(new ExplorerScreen(page)),
  timeline: async ({ page }, provide) => provide(new TimelineScreen(page)),
  budget: async ({ page }, provide) => provide(new BudgetScreen(page)),
  overview: async ({ page }, provide) => provide(new OverviewScreen(page)),
  map: async ({ page }, provide) => provide(new MapScreen(page)),
  project: async ({ page }, provide) => provide(new ProjectScreen(page)),
  importer: async ({ page }, provide) => provide(new ImportScreen(page)),
});

export { expect } from '@playwright/test';
