import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  countryName,
  coverages,
  typeLabel,
  regions,
  statuses,
  type Language,
} from '@/domain/codes';
import type { ProjectSummary } from '@/domain/project';
import { awkwardPortfolioArbitrary } from '@/test/project-arbitrary';
import { projectsToCsv, type CsvDelimiter } from './export';
import { unneutralizeCell } from './neutralize';

const url = (id: string) => `https://example.org/projects/${encodeURIComponent(id)}`;

/** The row the export should hold for a project with every column, written independently of the exporter. */
function expectedRow(p: ProjectSummary, lang: Language): string[] {
  return [
    p.title,
    p.startDate,
    p.endDate ?? '',
    p.status,
    statuses.label(p.status, lang),
    p.type,
    typeLabel(p.type, lang),
    String(p.budgetUsd),
    p.coverage,
    coverages.label(p.coverage, lang),
    String(p.year),
    p.region,
    regions.label(p.region, lang),
    p.primaId,
    p.id,
    p.countries.join('; '),
    p.countries.map((c) => countryName(c, lang)).join('; '),
    (p.funders ?? []).map((f) => f.name).join('; '),
    ...[p.committedUsd, p.disbursedUsd, p.spentUsd].map((a) => (a === undefined ? '' : String(a))),
    url(p.id),
  ];
}

function parse(csv: string, delimiter: CsvDelimiter): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), {
    delimiter,
    newline: '\r\n',
    skipEmptyLines: false,
  });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  expect(rows.at(-1)).toEqual(['']); // the file ends with CRLF
  return rows.slice(0, -1);
}

const TEXT_COLUMNS = new Set([0, 13, 14, 17, 21]);
/** What a spreadsheet may evaluate as a formula (OWASP), checked independently of the exporter. */
const FORMULA_LIKE = /^[=+\-@\t\r\n\0]|^[ \u00a0\u3000]*[=+\-@＝＋－＠]/;

describe('projectsToCsv', () => {
  it.each([
    [',', 'en'],
    [';', 'fr'],
    [';', 'en'],
    [',', 'fr'],
  ] as const)('round-trips through a CSV parser (delimiter %s, %s)', (delimiter, lang) => {
    fc.assert(
      fc.property(awkwardPortfolioArbitrary, fc.infiniteStream(fc.nat()), (projects, picks) => {
        const order = projects.map(() => picks.next().value % projects.length);
        const csv = projectsToCsv({ projects, order, lang, delimiter, projectUrl: url });
        const [header, ...rows] = parse(csv, delimiter);
        expect(header).toHaveLength(22);
        expect(rows).toHaveLength(order.length);
        rows.forEach((row, i) => {
          for (const c of TEXT_COLUMNS) expect(row[c]).not.toMatch(FORMULA_LIKE);
          const unneutralized = row.map((cell, c) =>
            TEXT_COLUMNS.has(c) ? unneutralizeCell(cell) : cell,
          );
          expect(unneutralized).toEqual(expectedRow(projects[order[i]!]!, lang));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('writes the filtered rows in the given order and only the chosen columns', () => {
    const projects = fc.sample(
      awkwardPortfolioArbitrary.filter((p) => p.length >= 3),
      { numRuns: 1, seed: 7 },
    )[0]!;
    const csv = projectsToCsv({
      projects,
      order: new Uint32Array([2, 0]),
      columns: ['id', 'budgetUsd', 'countries'],
      lang: 'en',
      projectUrl: url,
    });
    const [header, ...rows] = parse(csv, ',');
    expect(header).toEqual([
      'Project ID [id]',
      'Budget (USD) [budgetUsd]',
      'Benefiting states (code) [countries]',
      'Benefiting states (label) [countries_label]',
      'Link [link]',
    ]);
    expect(rows.map((r) => unneutralizeCell(r[0]!))).toEqual([projects[2]!.id, projects[0]!.id]);
  });
});
