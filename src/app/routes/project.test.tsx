import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { getMockPortfolio } from '@mocks/data/portfolio';
import { server } from '@mocks/node';
import { mockProjectsServerError } from '@mocks/scenarios';
import { apiUrl } from '@mocks/api-url';
import { setupMockServer } from '@mocks/testing';
import type { Project } from '@/domain/project';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';

setupMockServer();
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

/** The value shown beside a label in the project's description list, spaces normalised. */
function fact(label: string): string | undefined {
  const term = screen.getAllByRole('term').find((el) => el.textContent === label);
  return term?.nextElementSibling?.textContent?.replace(/\s/g, ' ');
}

const record = () => getMockPortfolio().projects.find((p) => p.id === 'RR.0083') as Project;

describe('the project page of RR.0083', () => {
  it('shows the title and every fact with its label', async () => {
    renderRoute('/projects/RR.0083?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: record().title }),
    ).toBeInTheDocument();
    expect(fact('Start date')).toBe('2019');
    expect(fact('End date')).toBe('2023');
    expect(fact('Status')).toBe('Completed');
    expect(fact('Project type')).toBe('Assisted voluntary return and reintegration');
    expect(fact('Budget (USD)')).toBe('US$200,000');
    expect(fact('Coverage')).toBe('National');
    expect(fact('Funding year')).toBe('2019');
    expect(fact('Region')).toBe('Asia and Oceania');
    expect(fact('Prima ID')).toBe('CN10P0503');
    expect(fact('Project ID')).toBe('RR.0083');
    expect(fact('Benefiting states')).toBe('China');
    expect(screen.getByText(record().description)).toBeInTheDocument();
  });

  it('shows its span on the time axis with a text equivalent and the data date', async () => {
    renderRoute('/projects/RR.0083?lang=en');
    expect(await screen.findByText('2019 – 2023 (5 years)')).toBeInTheDocument();
    const axis = await screen.findByRole('img', { name: /2019 – 2023 \(5 years\)/ });
    await waitFor(() =>
      expect(axis).toHaveAccessibleName(expect.stringContaining('Data as of 31 October 2026')),
    );
  });

  it('lists the news linked to it, newest first, with dates and summaries', async () => {
    renderRoute('/projects/RR.0083?lang=en');
    const section = await screen.findByRole('region', { name: 'Related news' });
    const linked = getMockPortfolio().news.filter((item) => item.projectIds.includes('RR.0083'));
    expect(linked.length).toBeGreaterThan(0);
    for (const item of linked) {
      expect(
        await within(section).findByRole('heading', { level: 3, name: item.title }),
      ).toBeInTheDocument();
      expect(within(section).getByText(item.summary)).toBeInTheDocument();
    }
    expect(within(section).getByText('8 November 2023')).toBeInTheDocument();
    const titles = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles.length).toBeLessThanOrEqual(5);
    expect(
      titles.indexOf('Draft return and reintegration model for China shared with authorities'),
    ).toBe(0);
  });

  it('speaks French with ?lang=fr: labels, codes, country names and amounts', async () => {
    renderRoute('/projects/RR.0083?lang=fr');
    await screen.findByRole('heading', { level: 1, name: record().title });
    await waitFor(() => expect(fact('Date de début')).toBe('2019'));
    expect(fact('Statut')).toBe('Achevé');
    expect(fact('États bénéficiaires')).toBe('Chine');
    expect(fact('Budget (USD)')).toBe('200 000 $US');
    expect(fact('Région')).toBe('Asie et Océanie');
    expect(screen.getByText('2019 – 2023 (5 ans)')).toBeInTheDocument();
  });

  it('speaks Spanish with ?lang=es: labels, codes, country names and amounts', async () => {
    renderRoute('/projects/RR.0083?lang=es');
    await screen.findByRole('heading', { level: 1, name: record().title });
    await waitFor(() => expect(fact('Fecha de inicio')).toBe('2019'));
    expect(fact('Estado')).toBe('Finalizado');
    expect(fact('Estados beneficiarios')).toBe('China');
    expect(fact('Presupuesto (USD)')).toBe('200.000 US$');
    expect(fact('Región')).toBe('Asia y Oceanía');
    expect(screen.getByText('2019 – 2023 (5 años)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Volver a los proyectos' })).toBeInTheDocument();
  });

  it('leads back to the list with the query string it was opened with', async () => {
    const { router } = renderRoute(
      '/projects/RR.0083?region=asia-oceania&status=completed&lang=en',
    );
    await screen.findByRole('heading', { level: 1, name: record().title });
    const back = screen.getByRole('link', { name: /Back to projects/ });
    expect(back).toHaveAttribute('href', '/projects?region=asia-oceania&status=completed&lang=en');
    await userEvent.click(back);
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects'));
    expect(router.state.location.search).toBe('?region=asia-oceania&status=completed&lang=en');
  });
});

describe('the project page’s ways out', () => {
  it('links its region, type, countries and funders to the projects list filtered on each', async () => {
    renderRoute('/projects/RR.0083?lang=en&status=ongoing');
    await screen.findByRole('heading', { level: 1, name: record().title });
    expect(screen.getByRole('link', { name: 'Asia and Oceania' })).toHaveAttribute(
      'href',
      '/projects?region=asia-oceania&lang=en',
    );
    expect(
      screen.getByRole('link', { name: 'Assisted voluntary return and reintegration' }),
    ).toHaveAttribute('href', '/projects?type=avrr&lang=en');
    for (const code of record().countries)
      expect(
        screen
          .getAllByRole('link')
          .some((a) => a.getAttribute('href') === `/projects?country=${code}&lang=en`),
      ).toBe(true);
  });

  it('goes Back to the screen it was opened from, with that screen’s address', async () => {
    const { router } = renderRoute('/timeline?lang=en&region=africa&zoom=decade');
    await router.navigate('/projects/RR.0083?lang=en&region=africa');
    await screen.findByRole('heading', { level: 1, name: record().title });
    await userEvent.click(screen.getByRole('link', { name: 'Back' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/timeline'));
    expect(router.state.location.search).toBe('?lang=en&region=africa&zoom=decade');
  });
});

describe('an unknown project id', () => {
  it('shows a not-found state naming the id, with a way back', async () => {
    renderRoute('/projects/XX.9999?lang=en&region=africa');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Project not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/XX\.9999/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to projects/ })).toHaveAttribute(
      'href',
      '/projects?lang=en&region=africa',
    );
  });
});

describe('when the API fails', () => {
  it('shows the error with a Retry that loads the project once the API answers', async () => {
    server.use(...mockProjectsServerError());
    renderRoute('/projects/RR.0083?lang=en');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'The project could not be loaded.' }),
    ).toBeInTheDocument();
    expect(within(alert).getByText(/The project service failed/)).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: record().title }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a record written as sources write it', () => {
  it('opens on its page, read by the same parser as the list', async () => {
    // The list accepts "Achevé" and "200000.00"; the page must accept what the list accepts.
    server.use(
      http.get(apiUrl('/projects/:id'), () =>
        HttpResponse.json({ ...record(), status: 'Achevé', budgetUsd: '200000.00' }),
      ),
    );
    renderRoute('/projects/RR.0083?lang=en');
    expect(
      await screen.findByRole('heading', { level: 1, name: record().title }),
    ).toBeInTheDocument();
    expect(fact('Status')).toBe('Completed');
    expect(fact('Budget (USD)')).toBe('US$200,000');
  });

  it('names the reason when a record is invalid', async () => {
    server.use(
      http.get(apiUrl('/projects/:id'), () =>
        HttpResponse.json({ ...record(), budgetUsd: 'lots' }),
      ),
    );
    renderRoute('/projects/RR.0083?lang=en');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/not valid/)).toBeInTheDocument();
  });
});
