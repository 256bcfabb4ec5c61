import fc from 'fast-check';
import { COUNTRY_CODES, coverages, projectTypes, regions, statuses } from '@/domain/codes';
import type { ProjectSummary } from '@/domain/project';

/** Characters that break naive CSV writers and spreadsheets. */
const AWKWARD = [
  '"',
  ',',
  ';',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  "'",
  '=',
  '+',
  '-',
  '@',
  'é',
  'É',
  'ç',
  'œ',
  '’',
  '«',
  '\u00a0',
  '＝',
];

/** Text made of awkward characters and any Unicode graphemes. */
export const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...AWKWARD),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

/** Text as a validated portfolio holds it: non-empty and trimmed. */
export const trimmedText = awkwardText.map((s) => s.trim()).filter((s) => s.length > 0);

const partialDate = fc
  .tuple(
    fc.integer({ min: 2000, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.constantFrom(0, 1, 2),
  )
  .map(([y, m, d, precision]) => {
    const mm = String(m).padStart(2, '0');
    const dd = String(d).padStart(2, '0');
    return precision === 0 ? String(y) : precision === 1 ? `${y}-${mm}` : `${y}-${mm}-${dd}`;
  });

/** A valid project with awkward text and an end (when it has one) after its start. */
export const projectArbitrary: fc.Arbitrary<ProjectSummary> = fc
  .record({
    // `.` and `..` cannot be part of a project's address, so no valid record has them.
    id: trimmedText.filter((id) => id !== '.' && id !== '..'),
    primaId: fc.oneof(fc.constant(''), trimmedText),
    title: trimmedText,
    startDate: partialDate,
    endYears: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    status: fc.constantFrom(...statuses.codes),
    type: fc.constantFrom(...projectTypes.codes),
    budgetUsd: fc.integer({ min: 0, max: 100_000_000_000 }).map((cents) => cents / 100),
    coverage: fc.constantFrom(...coverages.codes),
    year: fc.integer({ min: 2000, max: 2030 }),
    region: fc.constantFrom(...regions.codes),
    countries: fc.shuffledSubarray([...COUNTRY_CODES], { maxLength: 4 }),
  })
  .map(({ endYears, ...p }) => {
    const project: ProjectSummary = { ...p };
    if (endYears !== undefined)
      project.endDate = String(Number(p.startDate.slice(0, 4)) + endYears);
    return project;
  });

/** A portfolio of awkward-text projects whose ids are unique (CSV and import round trips; the engine's
 * `portfolioArbitrary` in `engine-arbitraries.ts` is shaped for filters and aggregates instead). */
export const awkwardPortfolioArbitrary = fc.uniqueArray(projectArbitrary, {
  selector: (p) => p.id,
  maxLength: 25,
});
