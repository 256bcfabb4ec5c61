import type { Project } from '@/domain/project';

/** The real project page in the seeds (IOM Development Fund, RR.0083), with its facts exactly. */
export const REAL_PROJECT_ID = 'RR.0083';

/** RR.0083 as the API serves it; the description is our own summary of the French page. */
export function realProject(): Project {
  return {
    id: REAL_PROJECT_ID,
    primaId: 'CN10P0503',
    title: 'Preliminary steps: pre-feasibility of an AVRR programme in China',
    startDate: '2019',
    endDate: '2023',
    status: 'completed',
    type: 'avrr',
    budgetUsd: 200_000,
    coverage: 'national',
    year: 2019,
    region: 'asia-oceania',
    countries: ['CN'],
    // Funder and spending are sample values: the project page states neither.
    funders: [{ name: 'United States', ref: 'XM-DAC-302' }],
    committedUsd: 200_000,
    disbursedUsd: 196_850,
    spentUsd: 196_850,
    spendingByYear: [
      { year: 2019, disbursedUsd: 18_400, spentUsd: 18_400 },
      { year: 2020, disbursedUsd: 41_250, spentUsd: 41_250 },
      { year: 2021, disbursedUsd: 52_300, spentUsd: 52_300 },
      { year: 2022, disbursedUsd: 49_900, spentUsd: 49_900 },
      { year: 2023, disbursedUsd: 35_000, spentUsd: 35_000 },
    ],
    description:
      'China’s National Immigration Administration (NIA) took over, with a wider mandate, from the exit and entry ' +
      'administration of the Ministry of Public Security. This project helped the NIA build the evidence for a ' +
      'future assisted voluntary return and reintegration (AVRR) programme: it analysed irregular migration trends ' +
      'to estimate how many migrants such a programme would serve and who they are, and reviewed the policy and ' +
      'operational requirements of the NIA. It drafted an AVRR model with standard operating procedures and a ' +
      'process flow chart, organised exchange visits to countries of origin and destination with long-standing ' +
      'return programmes, and helped open contacts with the embassies of the main countries of origin. The ' +
      'approach, first tried in Guangdong province, was designed to be scaled up into a national framework.',
  };
}
