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

const atParam = (url: string) => new URL(url).searchParams.get('at');

test('Earlier, Later and Today move the window a year at a time at the 1 year zoom', async ({
  page,
  timeline,
}) => {
  await page.goto('/timeline?lang=en&zoom=year&at=2010-01');
  const nav = {
    earlier: timeline.windowButton('Earlier'),
    later: timeline.windowButton('Later'),
    today: timeline.windowButton('Today'),
    shown: timeline.windowShown,
  };
  await expect(nav.shown).toHaveText('Showing Jan 2010 – Dec 2010');
  // The window's first year starts at the left edge of the track, next to the title column.
  const corner = (await timeline.axisCorner.boundingBox())!;
  const tickAtLeft = async (year: number) => {
    const tick = (await timeline.yearTick(year).boundingBox())!;
    expect(Math.abs(tick.x - (corner.x + corner.width))).toBeLessThan(2);
  };
  await tickAtLeft(2010);

  await nav.later.click();
  await expect(nav.shown).toHaveText('Showing Jan 2011 – Dec 2011');
  await expect.poll(() => atParam(page.url())).toBe('2011-01');
  await tickAtLeft(2011);
  await nav.earlier.click();
  await nav.earlier.click();
  await expect(nav.shown).toHaveText('Showing Jan 2009 – Dec 2009');
  await expect.poll(() => atParam(page.url())).toBe('2009-01');

  await nav.today.click();
  await expect.poll(() => atParam(page.url())).not.toBe('2009-01');
  const [year, month] = atParam(page.url())!.split('-').map(Number);
  // Today is the data date (the sample's asOf, 2026-10-31), in the middle of the one-year window.
  const monthsIn = (2026 - year!) * 12 + 10 - month!;
  expect(monthsIn).toBeGreaterThanOrEqual(5);
  expect(monthsIn).toBeLessThanOrEqual(7);

  // A reload opens on the same window.
  const shown = await nav.shown.textContent();
  await page.reload();
  await expect(nav.shown).toHaveText(shown!);
  await expect(timeline.list()).toBeVisible();
});

for (const { width, height } of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`at ${width} px the tick labels are whole inside the axis, which ends with the data's last year, and the scrollbar is on screen`, async ({
    page,
    timeline,
  }) => {
    await page.setViewportSize({ width, height });
    for (const zoom of ['all', 'year']) {
      await page.goto(`/timeline?lang=en&zoom=${zoom}`);
      await expect(timeline.list()).toBeVisible();
      const scroller = timeline.scroller;
      const box = (await scroller.boundingBox())!;
      const corner = (await timeline.axisCorner.boundingBox())!;
      const trackLeft = corner.x + corner.width;
      const trackRight = box.x + (await scroller.evaluate((el) => el.clientWidth)) + 1;
      const labels = timeline.tickLabels;
      expect(await labels.count()).toBeGreaterThan(0);
      for (const label of await labels.all()) {
        const b = (await label.boundingBox())!;
        expect(
          b.x,
          `"${await label.textContent()}" starts inside the track`,
        ).toBeGreaterThanOrEqual(trackLeft - 0.5);
        expect(
          b.x + b.width,
          `"${await label.textContent()}" ends inside the track`,
        ).toBeLessThanOrEqual(trackRight);
      }

      // The scroll box is never taller than the viewport: scrolled to, its scrollbar is on screen.
      expect(box.height).toBeLessThanOrEqual(height);
      await scroller.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      const seen = (await scroller.boundingBox())!;
      expect(seen.y).toBeGreaterThanOrEqual(0);
      expect(seen.y + seen.height).toBeLessThanOrEqual(height);
      if (width > 480) expect(box.y + box.height).toBeLessThanOrEqual(height);
    }
    // At the 1 year zoom the track is wider than the view: there is a scrollbar to reach.
    expect(await timeline.scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    // The sample's last project ends in 2030: the axis closes at 1 January 2031, unlabelled,
    // at every zoom (here the window on its last year).
    for (const zoom of ['all', 'year']) {
      await page.goto(`/timeline?lang=en&zoom=${zoom}&at=2030-01`);
      await expect(timeline.list()).toBeVisible();
      await expect(timeline.yearTick(2030).locator('.tl-tick-label')).toHaveText('2030');
      await expect(timeline.yearTick(2031)).toHaveCount(1);
      await expect(timeline.yearTick(2031).locator('.tl-tick-label')).toHaveCount(0);
      await expect(timeline.yearTick(2032)).toHaveCount(0);
    }
  });
}
