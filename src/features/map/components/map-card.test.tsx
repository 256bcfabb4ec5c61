import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/hooks/i18n';
import { CompactMap } from './compact-map';
import { renderAt } from './render-map.test-utils';

const china = () => screen.findByRole('button', { name: /^China: / });

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

describe('the map screen', () => {
  it('names each state with projects by its figures and filters by it on click', async () => {
    const user = userEvent.setup();
    const router = renderAt('/map');
    const button = await china();
    expect(button).toHaveAccessibleName(
      /^China: US\$[\d,]+ attributed to this state \(equal split\), of projects totalling US\$[\d,]+ · \d+ projects?$/,
    );
    await user.click(button);
    await waitFor(() => expect(router.state.location.search).toContain('country=CN'));
    expect(await china()).toHaveAttribute('aria-pressed', 'true');
    // Clicking the selected state again clears the filter.
    await user.click(await china());
    await waitFor(() => expect(router.state.location.search).not.toContain('country='));
  });

  it('applies the Country filter with Enter from the keyboard', async () => {
    const user = userEvent.setup();
    const router = renderAt('/map');
    (await china()).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('country=CN'));
  });

  it('is one Tab stop whose arrow keys move between states and Enter filters', async () => {
    const user = userEvent.setup();
    const router = renderAt('/map?country=CN');
    await china();
    const map = screen.getByRole('group', { name: /^World map: / });
    const stops = () =>
      [...map.querySelectorAll('[role="button"]')].filter(
        (el) => el.getAttribute('tabindex') === '0',
      );
    // The selected state holds the map's Tab stop; every other state is out of the Tab order.
    expect(stops()).toEqual([await china()]);
    expect(map.querySelectorAll('[role="button"][tabindex="-1"]').length).toBeGreaterThan(3);
    (await china()).focus();
    await user.keyboard('{ArrowLeft}');
    const west = document.activeElement!;
    expect(west.getAttribute('aria-label')).not.toMatch(/^China/);
    expect(stops()).toEqual([west]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).not.toBe(west);
    expect(document.activeElement?.getAttribute('role')).toBe('button');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(map.querySelector('[role="button"]'));
    expect(document.activeElement?.getAttribute('aria-label')).not.toMatch(/^C/);
    const first = (document.activeElement as HTMLElement).dataset.code!;
    await user.keyboard('{Enter}');
    // Enter filters by the focused state alone, as a click does.
    await waitFor(() => expect(router.state.location.search).toContain(`country=${first}`));
    await user.keyboard('c');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^C/);
  });

  it('follows the filters: only states of the filtered region’s projects have figures', async () => {
    renderAt('/map?region=africa');
    await screen.findByRole('button', { name: /^Kenya: / });
    expect(screen.queryByRole('button', { name: /^China: / })).toBeNull();
  });

  it('switches the measure and gives the same numbers as a table, whose rows filter', async () => {
    const user = userEvent.setup();
    const router = renderAt('/map');
    const [, budget, total, count] =
      /^China: (US\$[\d,]+) attributed to this state \(equal split\), of projects totalling (US\$[\d,]+) · (\d+) projects?$/.exec(
        (await china()).getAttribute('aria-label') ?? '',
      ) ?? [];
    expect(budget).toBeDefined();
    // A state's own share never exceeds the whole budgets of its projects.
    const dollars = (text: string) => Number(text.replace(/\D/g, ''));
    expect(dollars(total!)).toBeGreaterThanOrEqual(dollars(budget!));
    expect(screen.getByRole('heading', { name: 'Budget by benefiting state' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Measure' })).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('group', { name: 'Measure' })).getByRole('button', {
        name: 'Projects',
      }),
    );
    expect(
      screen.getByRole('heading', { name: 'Projects by benefiting state' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Number of projects' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('figure', { name: 'Number of projects' })).getByText('No projects'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    const cells = within(
      within(table).getByRole('button', { name: 'Filter by China' }).closest('tr')!,
    ).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      'CN',
      'Asia and Oceania',
      budget,
      count,
      total,
      'Drawn',
    ]);
    const tuvalu = within(
      within(table).getByRole('button', { name: 'Filter by Tuvalu' }).closest('tr')!,
    ).getAllByRole('cell');
    expect(tuvalu.at(-1)).toHaveTextContent('Too small to draw');
    // A row's heading filters like a click on the state.
    await user.click(within(table).getByRole('button', { name: 'Filter by China' }));
    await waitFor(() => expect(router.state.location.search).toContain('country=CN'));
  });

  it('says how many states are too small to draw and offers them as buttons', async () => {
    renderAt('/map');
    await china();
    expect(
      screen.getByText(/^\d+ states too small to draw are listed in the table$/),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'States too small to draw' });
    expect(within(list).getByRole('button', { name: /^Tuvalu: / })).toBeInTheDocument();
  });

  it('outlines a region chosen in “Highlight region”', async () => {
    const user = userEvent.setup();
    renderAt('/map');
    await china();
    expect(document.querySelector('.map-highlight')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Highlight region'), 'Africa');
    expect(document.querySelector('.map-highlight')?.getAttribute('d')).toMatch(/^M/);
  });

  it('speaks French: names, amounts and counts', async () => {
    await i18n.changeLanguage('fr');
    renderAt('/map');
    const chine = await screen.findByRole('button', { name: /^Chine : / });
    expect(chine).toHaveAccessibleName(
      /^Chine : \d[\d\s]*\s\$US attribués à cet État \(répartition égale\), sur des projets totalisant \d[\d\s]*\s\$US · \d+ projets?$/,
    );
    expect(
      screen.getByRole('heading', { name: 'Budget par État bénéficiaire' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('figure', { name: 'Budget (USD)' })).getByText('Aucun projet'),
    ).toBeInTheDocument();
  });
});

describe('the compact map', () => {
  it('names the states too small to draw instead of leaving them out silently', async () => {
    renderAt('/', <CompactMap />);
    await screen.findByRole('img', { name: /Where the money goes/ });
    expect(
      screen.getByText(/^Too small to draw at this scale, but counted: .*Tuvalu.*\.$/),
    ).toHaveTextContent('Kiribati');
  });

  it('shows the map as a picture with a link to the full map keeping the filters', async () => {
    renderAt('/?region=africa', <CompactMap />);
    await screen.findByRole('img', { name: /Where the money goes/ });
    // A picture: one path per colour class, no focusable state (filtering is in the table view).
    expect(screen.queryByRole('button', { name: /^Kenya: / })).toBeNull();
    expect(document.querySelectorAll('.map-svg path').length).toBeLessThan(15);
    expect(screen.getByRole('heading', { name: 'Where the money goes' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the map' })).toHaveAttribute(
      'href',
      '/map?region=africa',
    );
    expect(screen.queryByLabelText('Highlight region')).toBeNull();
  });
});
