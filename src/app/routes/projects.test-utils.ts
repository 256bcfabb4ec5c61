import { getMockPortfolio } from '@mocks/data/portfolio';
import { parseProjectSummaries } from '@/domain/parse-record';
import type { ProjectSummary } from '@/domain/project';

/** The projects the app shows, parsed from what the mock API serves (the oracle's input). */
export function servedProjects(): ProjectSummary[] {
  const { projects, meta } = getMockPortfolio();
  return parseProjectSummaries(projects, meta.asOf).projects;
}
