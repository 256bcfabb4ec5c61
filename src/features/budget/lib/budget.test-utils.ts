import { createEngine } from '@/domain/engine/engine';
import { emptyFilters, type Filters } from '@/domain/filters';
import type { ProjectSummary } from '@/domain/project';
import { makeProject } from '@/test/make-project';

type Fields = Pick<ProjectSummary, 'id' | 'region' | 'type' | 'year' | 'budgetUsd' | 'countries'>;
const project = (fields: Fields): ProjectSummary =>
  makeProject({
    startDate: String(fields.year),
    coverage: fields.countries.length > 1 ? 'regional' : 'national',
    ...fields,
  });

/**
 * Seven projects whose budgets add up by hand to USD 1,190,000: a three-way split of 300,000,
 * a three-way split of 100,000 (33,333.33 each), one project naming no country (90,000, as
 * imported data may have) and no project in 2023.
 */
export const TEST_PORTFOLIO: ProjectSummary[] = [
  project({
    id: 'RR.0083',
    region: 'asia-oceania',
    type: 'avrr',
    year: 2019,
    budgetUsd: 200_000,
    countries: ['CN'],
  }),
  project({
    id: 'CT.0001',
    region: 'africa',
    type: 'counter-trafficking',
    year: 2021,
    budgetUsd: 300_000,
    countries: ['SN', 'ML', 'GN'],
  }),
  project({
    id: 'LM.0002',
    region: 'middle-east-north-africa',
    type: 'labour-migration',
    year: 2024,
    budgetUsd: 100_000,
    countries: ['MA'],
  }),
  project({
    id: 'IB.0003',
    region: 'europe-central-asia',
    type: 'border-management',
    year: 2020,
    budgetUsd: 150_000,
    countries: ['UA'],
  }),
  project({
    id: 'MH.0004',
    region: 'asia-oceania',
    type: 'migration-health',
    year: 2022,
    budgetUsd: 250_000,
    countries: ['TH', 'VN'],
  }),
  project({
    id: 'PR.0005',
    region: 'global',
    type: 'policy-research',
    year: 2021,
    budgetUsd: 90_000,
    countries: [],
  }),
  project({
    id: 'CT.0006',
    region: 'africa',
    type: 'counter-trafficking',
    year: 2019,
    budgetUsd: 100_000,
    countries: ['SN', 'GN', 'KE'],
  }),
];

const engine = createEngine(TEST_PORTFOLIO);

/** The engine's view of the test portfolio for some filters. */
export function testView(filters: Partial<Filters> = {}) {
  return engine.compute({ ...emptyFilters(), ...filters }, [], 'en');
}
