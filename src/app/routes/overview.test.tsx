import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getMockPortfolio, setMockPortfolio } from '@mocks/data/portfolio';
import { setupMockServer } from '@mocks/testing';
import type { Project } from '@/domain/project';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';
import { makeFullProject } from '@/test/make-project';

setupMockServer();

const project = (p: Partial<Project> & Pick<Project, 'id'>): Project =>
  makeFullProject({ endDate: '2021', ...p });

/** Served instead of the sample, so that every figure below is worked out by hand. */
const PROJECTS: Project[] = [
  project({
    id: 'RR.0001',
    region: 'africa',
    status: 'ongoing',
    endDate: '2027',
    budgetUsd: 100_000,
    countries: ['KE', 'UG'],
    year: 2020,
  }),
  project({
    id: 'CT.0002',
    region: 'africa',
    type: 'counter-trafficking',
    budgetUsd: 50_000,
    countries: ['KE'],
  }),
  project({ id: 'RR.0003', region: 'asia-oceania', budgetUsd: 1_200_000, countries: ['CN'] }),
  project({
    id: 'LM.0004',
    region: 'global',
    status: 'ongoing',
    endDate: '2027',
    type: 'labour-migration',
    budgetUsd: 30_000,
    countries: ['MA', 'TN', 'SN'],
    year: 2020,
  }),
];

beforeEach(async () => {
  const sample = getMockPortfolio();
  setMockPortfolio({
    ...sample,
    meta: { ...sample.meta, projectCount: PROJECTS.length },
    projects: PROJECTS,
  });
  await i18n.changeLanguage('en');
});

const tile = (name: string) => screen.getByRole('group', { name });

describe('Overview screen', () => {
  it('shows the key figures of the portfolio, named as DESIGN §8 says', async () => {
    renderRoute('/?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    await waitFor(() => expect(tile('Projects')).toHaveTextContent('4'));
    expect(tile('Total budget')).toHaveTextContent('US$1,380,000');
    expect(tile('Ongoing')).toHaveTextContent('2');
    expect(tile('Countries')).toHaveTextContent('6');
    // budgets 30,000 / 50,000 / 100,000 / 1,200,000: the median is halfway between the middle two
    expect(tile('Median budget')).toHaveTextContent('US$75,000');
  });

  it('formats the key figures the French way', async () => {
    renderRoute('/?lang=fr');
    await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' });
    // toHaveTextContent would fold the narrow no-break spaces into plain ones: compare the raw text.
    await waitFor(() =>
      expect(tile('Budget total').textContent).toContain('1\u202f380\u202f000\u00a0$US'),
    );
    expect(tile('Projets').textContent).toContain('4');
  });

  it('gives each chart a heading and its numbers as a table', async () => {
    const user = userEvent.setup();
    renderRoute('/?lang=en');
    const region = await screen.findByRole('region', { name: 'Budget by region' });
    for (const name of [
      'Budget by funding year',
      'Budget by project type',
      'Top 15 benefiting countries',
      'Status mix',
    ]) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    await user.click(within(region).getByRole('button', { name: 'Show as table' }));
    const rows = within(within(region).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Africa', 'US$150,000', '2'],
      ['Asia and Oceania', 'US$1,200,000', '1'],
      ['Global', 'US$30,000', '1'],
    ]);
  });

  it('states the equal split on the countries chart and tables the split budgets', async () => {
    const user = userEvent.setup();
    renderRoute('/?lang=en');
    const countries = await screen.findByRole('region', { name: 'Top 15 benefiting countries' });
    expect(countries).toHaveTextContent(
      "A project's budget is split equally among its benefiting states",
    );
    await user.click(within(countries).getByRole('button', { name: 'Show as table' }));
    const kenya = within(countries).getByRole('button', { name: 'Filter by Kenya' }).closest('tr')!;
    // 100,000 split between Kenya and Uganda, plus 50,000 for Kenya alone
    expect(kenya).toHaveTextContent('US$100,000');
  });

  it('filters by a table row’s button, as a click on its bar does, and clears on a second press', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/?lang=en');
    const region = await screen.findByRole('region', { name: 'Budget by region' });
    await user.click(within(region).getByRole('button', { name: 'Show as table' }));
    await user.click(within(region).getByRole('button', { name: 'Filter by Africa' }));
    await waitFor(() => expect(router.state.location.search).toContain('region=africa'));
    await waitFor(() => expect(tile('Projects')).toHaveTextContent('2'));
    expect(tile('Total budget')).toHaveTextContent('US$150,000');
    const africa = within(region).getByRole('button', { name: 'Filter by Africa' });
    expect(africa).toHaveAttribute('aria-pressed', 'true');
    await user.click(africa);
    await waitFor(() => expect(router.state.location.search).not.toContain('region='));
  });

  it('filters by status from the status legend and switches the year chart between status and type', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/?lang=en');
    const status = await screen.findByRole('region', { name: 'Status mix' });
    await user.click(within(status).getByRole('button', { name: 'Filter by Ongoing' }));
    await waitFor(() => expect(router.state.location.search).toContain('status=ongoing'));
    const year = screen.getByRole('region', { name: 'Budget by funding year' });
    const byType = within(year).getByRole('button', { name: 'Project type' });
    expect(byType).toHaveAttribute('aria-pressed', 'false');
    await user.click(byType);
    expect(byType).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(year).getByRole('button', { name: 'Show as table' }));
    const head = within(year)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    // ongoing projects only: AVRR (2020) and labour migration (2020)
    expect(head).toEqual([
      'Funding year',
      'Assisted voluntary return and reintegration',
      'Labour migration',
      'Total (USD)',
    ]);
    expect(within(year).getAllByRole('row')[1]).toHaveTextContent(
      '2020US$100,000US$30,000US$130,000',
    );
  });
});
