import type { Project, ProjectSummary } from '@/domain/project';

/**
 * A valid project summary for tests: a completed national AVRR project in Africa, funded in
 * 2019, with no budget and no country, under the fields a test names. Tests state only the
 * fields their expectation depends on.
 */
export function makeProject(
  fields: Partial<ProjectSummary> & Pick<ProjectSummary, 'id'>,
): ProjectSummary {
  return {
    primaId: '',
    title: `Project ${fields.id}`,
    startDate: '2019',
    status: 'completed',
    type: 'avrr',
    budgetUsd: 0,
    coverage: 'national',
    year: 2019,
    region: 'africa',
    countries: [],
    ...fields,
  };
}

/** A valid full project (with its description) for tests; see `makeProject`. */
export function makeFullProject(fields: Partial<Project> & Pick<Project, 'id'>): Project {
  return { description: '', ...makeProject(fields), ...fields };
}
