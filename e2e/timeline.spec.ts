import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

test('the timeline shows RR.0083 from the start of 2019 to the end of 2023', async ({
  page,
  shell,
  filters,
  timeline,
}) => {
  await page.goto('/timeline?lang=en');
  await expect(shell.title('Timeline')).toBeVisible();
  await filters.search.fill('RR.0083');
  const list = timeline.list('Timeline of 1 project');
  const bar = list.getByRole('link', { name: /\(RR\.0083\): 2019 – 2023, completed$/ });
  await expect(bar).toBeVisible();

  await bar.getByTestId('timeline-bar').hover();
  const tooltip = timeline.tooltip;
  await expect(tooltip).toContainText('RR.0083');
  await expect(tooltip).toContainText('2019 – 2023');
  await expect(tooltip).toContainText('US$200,000');

  const barBox = (await bar.getByTestId('timeline-bar').boundingBox())!;
  const start = (await timeline.yearTick(2019).boundingBox())!;
  const afterEnd = (await timeline.yearTick(2024).boundingBox())!;
  expect(Math.abs(barBox.x - start.x)).toBeLessThan(1.5);
  expect(Math.abs(barBox.x + barBox.width - afterEnd.x)).toBeLessThan(1.5);
});

test('Enter on a focused bar opens the project page with the same filters', async ({
  page,
  timeline,
}) => {
  await page.goto('/timeline?lang=en&q=RR.0083');
  const bar = timeline.list('Timeline of 1 project').getByRole('link', {
    name: /\(RR\.0083\)/,
  });
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/projects\/RR\.0083\?(.*&)?q=RR\.0083(&|$)/);
});

test('a group collapses and expands from its header', async ({ page, timeline }) => {
  await page.goto('/timeline?lang=en');
  const list = timeline.list();
  const africa = list.getByRole('button', { name: /^Africa · \d+ projects · / });
  const asia = list.getByRole('button', { name: /^Asia and Oceania · / });
  await expect(africa).toHaveAttribute('aria-expanded', 'true');
  await expect(asia).toHaveCount(0);
  await africa.click();
  await expect(africa).toHaveAttribute('aria-expanded', 'false');
  await expect(asia).toBeVisible();
  await africa.press('Enter');
  await expect(africa).toHaveAttribute('aria-expanded', 'true');
  await expect(asia).toHaveCount(0);
});

test('the keyboard walks the rows with one tab stop, and zoom brings month ticks', async ({
  page,
  timeline,
}) => {
  await page.goto('/timeline?lang=en&region=global');
  const list = timeline.list();
  await timeline.zoom.selectOption({ label: '1 year' });
  await list.getByRole('button', { name: /^Global/ }).focus();
  await page.keyboard.press('End');
  const last = list.getByRole('link').last();
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(list.getByRole('button', { name: /^Global/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(list.locator(':focus')).toHaveCount(0);
  const scroller = timeline.scroller;
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth * 3)).toBe(true);
});

test('the timeline has no detectable accessibility violations', async ({ page, timeline }) => {
  await page.goto('/timeline?lang=en');
  await expect(timeline.list()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.timeline-screen').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
