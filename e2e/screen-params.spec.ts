import { expect, test } from './support/fixtures';

/** Each screen's own settings live in the URL: a reload, Back and a shared link show the same view. */

test('the timeline keeps Group by and Zoom through a reload, and Back restores the previous ones', async ({
  page,
  timeline,
}) => {
  await page.goto('/timeline?lang=en');
  await expect(timeline.list()).toBeVisible();
  await expect(timeline.groupBy).toHaveValue('region');
  await timeline.groupBy.selectOption({ label: 'Project type' });
  await expect(page).toHaveURL(/[?&]group=type(&|$)/);
  await timeline.zoom.selectOption({ label: '5 years' });
  await expect(page).toHaveURL(/[?&]group=type&zoom=five(&|$)/);

  await page.reload();
  await expect(timeline.list()).toBeVisible();
  await expect(timeline.groupBy).toHaveValue('type');
  await expect(timeline.zoom).toHaveValue('five');
  await expect(
    timeline.list().getByRole('button', {
      name: /^Assisted voluntary return and reintegration · /,
    }),
  ).toBeVisible();

  await page.goBack();
  await expect(timeline.zoom).toHaveValue('all');
  await expect(timeline.groupBy).toHaveValue('type');
  await page.goBack();
  await expect(timeline.groupBy).toHaveValue('region');
  await expect(timeline.list().getByRole('button', { name: /^Africa · / })).toBeVisible();
});

test('the budget pivot opens with the rows the link names', async ({ page, budget }) => {
  await page.goto('/budget?lang=en&rows=country');
  await expect(budget.rowsBy('Country')).toHaveAttribute('aria-pressed', 'true');
  const pivot = budget.pivot('Budget (USD) by benefiting state and funding year');
  await expect(pivot.getByRole('rowheader').first()).toBeVisible();
  // Country rows, not region rows: the region names are gone and the equal-split rule is stated.
  await expect(pivot.getByRole('rowheader', { name: 'Africa', exact: true })).toHaveCount(0);
  expect(await pivot.getByRole('rowheader').count()).toBeGreaterThan(20);
  await expect(page.getByText(/counts an equal share of its budget in each/)).toBeVisible();
});

test('the map opens with the measure the link names', async ({ page, map }) => {
  await page.goto('/map?lang=en&measure=projects');
  await expect(map.measure('Projects')).toHaveAttribute('aria-pressed', 'true');
  await expect(map.heading('Projects by benefiting state')).toBeVisible();
  await expect(map.figure('Number of projects')).toContainText('No projects');
});

test('the overview stacks the years by type when the link says so', async ({ page, overview }) => {
  await page.goto('/?lang=en&stack=type');
  const year = overview.chart('Budget by funding year');
  await expect(year.button('Project type')).toHaveAttribute('aria-pressed', 'true');
  await year.showAsTable.click();
  await expect(
    year.table.getByRole('columnheader', { name: 'Assisted voluntary return and reintegration' }),
  ).toBeVisible();
  await expect(year.table.getByRole('columnheader', { name: 'Ongoing' })).toHaveCount(0);
});

test('an unknown setting is named in the notice and the screen uses its default', async ({
  page,
  shell,
  timeline,
}) => {
  await page.goto('/timeline?lang=en&group=bogus');
  const notice = shell.urlNotice;
  await expect(notice).toContainText('group = “bogus”');
  await expect(timeline.groupBy).toHaveValue('region');
  await expect(timeline.list().getByRole('button', { name: /^Africa · / })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
