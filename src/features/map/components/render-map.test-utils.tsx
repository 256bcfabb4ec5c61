import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { i18n } from '@/hooks/i18n';
import { ExploreProvider } from '@/hooks/portfolio/explore-context';
import { MapScreen } from './map-screen';

const sample = generatePortfolio({ count: 600, seed: 1 });
/** The sample portfolio as the explore screens receive it. */
export const samplePortfolio = {
  meta: sample.meta,
  projects: sample.projects,
  rejected: [],
  total: sample.projects.length,
};

/** Renders a map component at a URL inside the explore state, without the app's providers. */
export function renderAt(url: string, screenElement: ReactElement = <MapScreen />) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: <ExploreProvider portfolio={samplePortfolio}>{screenElement}</ExploreProvider>,
      },
    ],
    { initialEntries: [url] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}
