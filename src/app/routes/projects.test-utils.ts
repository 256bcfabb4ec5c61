import { afterAll, beforeAll } from 'vitest';
import { getMockPortfolio } from '@mocks/data/portfolio';
import { parseProjectSummaries } from '@/domain/parse-record';
import type { ProjectSummary } from '@/domain/project';

/** The projects the app shows, parsed from what the mock API serves (the oracle's input). */
export function servedProjects(): ProjectSummary[] {
  const { projects, meta } = getMockPortfolio();
  return parseProjectSummaries(projects, meta.asOf).projects;
}

/**
 * jsdom lays nothing out, so a scroll container is 0 px high and a virtualiser shows no row.
 * Gives elements with `className` a height for the duration of a test file.
 */
export function fakeScrollHeight(className: string, height: number): void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains(className) ? height : 0;
      },
    });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });
}
