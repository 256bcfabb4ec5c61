import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { portfolioOf, setMockPortfolio } from '@mocks/data/portfolio';
import { server } from '@mocks/node';
import { setupMockServer } from '@mocks/testing';
import type { NewsItem, Project } from '@/domain/project';
import {
  activateImportedPortfolio,
  removeImportedPortfolio,
} from '@/lib/portfolio/imported-portfolio';
import { renderRoute } from '@/test/render-route';
import { makeFullProject } from '@/test/make-project';

setupMockServer();
afterEach(async () => {
  cleanup();
  await removeImportedPortfolio();
});

const project = (overrides: Partial<Project>): Project =>
  makeFullProject({
    id: 'LM.0001',
    primaId: 'VN10P0001',
    title: 'Safer labour migration from Viet Nam',
    startDate: '2020-01',
    endDate: '2022-06',
    type: 'labour-migration',
    budgetUsd: 150_000,
    year: 2020,
    region: 'asia-oceania',
    countries: ['VN'],
    description: 'A project about labour migration.',
    ...overrides,
  });

const news = (
  id: string,
  date: string,
  countries: string[],
  projectIds: string[] = [],
): NewsItem => ({
  id,
  date,
  title: `News ${id}`,
  summary: `Summary of ${id}`,
  countries,
  projectIds,
});

const newsTitles = async () => {
  const section = await screen.findByRole('region', { name: 'Related news' });
  await within(section).findAllByRole('heading', { level: 3 });
  return within(section)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
};

describe('related news', () => {
  it('joins news about the project and about its countries, newest first, five at most', async () => {
    setMockPortfolio(
      portfolioOf(
        [project({})],
        [
          // Linked to the project but about another country: the API's AND would miss it.
          news('p1', '2020-05-01', ['TH'], ['LM.0001']),
          news('c1', '2024-01', ['VN']),
          news('c2', '2023', ['VN']),
          news('c3', '2022-03-03', ['VN']),
          news('c4', '2021', ['VN']),
          news('c5', '2019', ['VN']),
          news('x1', '2025', ['KE']),
        ],
      ),
    );
    renderRoute('/projects/LM.0001?lang=en');
    expect(await newsTitles()).toEqual(['News c1', 'News c2', 'News c3', 'News c4', 'News p1']);
    const linked = screen.getByRole('heading', { level: 3, name: 'News p1' }).closest('article')!;
    expect(within(linked).getByText('About this project')).toBeInTheDocument();
  });

  it('says so when there is none', async () => {
    setMockPortfolio(portfolioOf([project({})], [news('x1', '2025', ['KE'])]));
    renderRoute('/projects/LM.0001?lang=en');
    expect(
      await screen.findByText('No news is linked to this project or to its benefiting states.'),
    ).toBeInTheDocument();
  });
});

describe('the project itself', () => {
  it('shows an open-ended project as running to the data date, with a dashed end', async () => {
    setMockPortfolio(
      portfolioOf([project({ startDate: '2024-03', endDate: undefined, status: 'ongoing' })]),
    );
    renderRoute('/projects/LM.0001?lang=en');
    expect(
      await screen.findByText('March 2024 – open-ended (2 years and 8 months so far)'),
    ).toBeInTheDocument();
    const end = screen.getAllByRole('term').find((dt) => dt.textContent === 'End date');
    expect(end?.nextElementSibling).toHaveTextContent('Open-ended');
    expect(screen.getByTestId('open-end')).toBeInTheDocument();
  });

  it('shows data text as text, never as HTML', async () => {
    const title = '<b>Bold</b> & <script>alert(1)</script>';
    const description = 'First <img src="x" onerror="alert(1)"> paragraph.\n\nSecond paragraph.';
    setMockPortfolio(portfolioOf([project({ title, description })]));
    const { container } = renderRoute('/projects/LM.0001?lang=en');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(title);
    expect(container.querySelector('b, script, img')).toBeNull();
    expect(
      screen.getByText('First <img src="x" onerror="alert(1)"> paragraph.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Second paragraph.')).toBeInTheDocument();
  });
});

describe('a project of the imported portfolio', () => {
  it('comes from the imported summary, says there is no description or news, and asks nothing of the API', async () => {
    const { description: _description, ...summary } = project({
      id: 'IMP-7',
      title: 'Imported project',
    });
    await activateImportedPortfolio({
      name: 'my-portfolio.csv',
      importedAt: '2025-05-05T10:00:00Z',
      projects: [summary],
      rejected: [],
    });
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => asked.push(new URL(request.url).pathname));
    renderRoute('/projects/IMP-7?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Imported project' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/imported file “my-portfolio\.csv”.*no description and no news/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Description' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Related news' })).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Data as of 5 May 2025/ })).toBeInTheDocument();
    await waitFor(() => expect(asked).toContain('/api/meta'));
    expect(
      asked.filter((path) => path.startsWith('/api/projects') || path.startsWith('/api/news')),
    ).toEqual([]);
    server.events.removeAllListeners();
  });

  it('still shows a project of the sample that the imported file lacks, and says where it comes from', async () => {
    await activateImportedPortfolio({
      name: 'my-portfolio.csv',
      importedAt: '2025-05-05T10:00:00Z',
      projects: [],
      rejected: [],
    });
    renderRoute('/projects/RR.0083?lang=en');
    expect(
      await screen.findByText(/“my-portfolio\.csv” has no project with this ID/),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Description' })).toBeInTheDocument();
  });
});
