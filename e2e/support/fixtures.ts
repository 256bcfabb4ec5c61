import { test as base } from '@playwright/test';
import {
  AppShell,
  BudgetScreen,
  ExplorerScreen,
  FilterPanel,
  OverviewScreen,
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
}>({
  shell: async ({ page }, provide) => provide(new AppShell(page)),
  filters: async ({ page }, provide) => provide(new FilterPanel(page)),
  explorer: async ({ page }, provide) => provide(new ExplorerScreen(page)),
  timeline: async ({ page }, provide) => provide(new TimelineScreen(page)),
  budget: async ({ page }, provide) => provide(new BudgetScreen(page)),
  overview: async ({ page }, provide) => provide(new OverviewScreen(page)),
});

export { expect } from '@playwright/test';
