import type { ReactElement } from 'react';
import { generatePortfolio } from '@backend/generator/generate-portfolio';
import { ExploreProvider } from '@/hooks/portfolio/explore-context';
import { renderRoute } from '@/test/render-route';
import { MapScreen } from './map-screen';

const sample = generatePortfolio({ count: 600, seed: 1 });
/** The sample portfolio as the explore screens receive it. */
export const samplePortfolio = {
  meta: sample.meta,
  projects: sample.projects,
  rejected: [],
  total: sample.projects.length,
};

/** Renders a map component at a URL inside the explore state of the sample portfolio. */
export function renderAt(url: string, screenElement: ReactElement = <MapScreen />) {
  return renderRoute(url, {
    element: <ExploreProvider portfolio={samplePortfolio}>{screenElement}</ExploreProvider>,
  }).router;
}
