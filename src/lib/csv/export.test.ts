import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countryName, coverages, projectTypes, regions, statuses, type Language } from '@/domain/codes';
import type { ProjectSummary } from '@/domain/project';
import { portfolioArbitrary } from '@/test/project-arbitrary';
import { projectsToCsv, csvBlob, type CsvDelimiter } from './export';
import { unneutralizeCell } from './neutralize';

const url = (id: string) => `https://example.org/projects/${encodeURIComponent(id)}`;

/** The row the export should hold for a project with every column, written independently of the exporter. */
function expectedRow(p: ProjectSummary, lang: Language): string[] {
  return [
    p.title, p.startDate, p.endDate ?? '',
    p.status, statuses.label(p.status, lang),
    p.type, projectTypes.label(p.type, lang),
    String(p.budgetUsd),
    p.coverage, coverages.label(p.coverage, lang),
    String(p.year),
    p.region, regions.label(p.region, lang),
    p.primaId, p.id,
    p.countries.join('; '), p.countries.map((c) => countryName(c, lang)).join('; '),
    url(p.id),
  ];
}

function parse(csv: string, delimiter: CsvDelimiter): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  expect(rows.at(-1)).toEqual(['']); // the file ends with CRLF
  return rows.slice(0, -1);
}

const TEXT_COLUMNS = new Set([0, 13, 14, 17]);
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
      fc.property(portfolioArbitrary, fc.infiniteStream(fc.nat()), (projects, picks) => {
        const order = projects.map(() => picks.next().value % projects.length);
        const csv = projectsToCsv({ projects, order, lang, delimiter, projectUrl: url });
        const [header, ...rows] = parse(csv, delimiter);
        expect(header).toHaveLength(18);
        expect(rows).toHaveLength(order.length);
        rows.forEach((row, i) => {
          for (const c of TEXT_COLUMNS) expect(row[c]).not.toMatch(FORMULA_LIKE);
          const unneutralized = row.map((cell, c) => (TEXT_COLUMNS.has(c) ? unneutralizeCell(cell) : cell));
          expect(unneutralized).toEqual(expectedRow(projects[order[i]!]!, lang));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('writes the filtered rows in the given order and only the chosen columns', () => {
    const projects = fc.sample(portfolioArbitrary.filter((p) => p.length >= 3), { numRuns: 1, seed: 7 })[0]!;
    const csv = projectsToCsv({ projects, order: new Uint32Array([2, 0]), columns: ['id', 'budgetUsd', 'countries'], lang: 'en', projectUrl: url });
    const [header, ...rows] = parse(csv, ',');
    expect(header).toEqual(['Project ID [id]', 'Budget (USD) [budgetUsd]', 'Benefiting states (code) [countries]', 'Benefiting states (label) [countries_label]', 'Link [link]']);
    expect(rows.map((r) => unneutralizeCell(r[0]!))).toEqual([projects[2]!.id, projects[0]!.id]);
  });

  it('writes headers in the chosen language with stable keys', () => {
    const project: ProjectSummary = { id: 'RR.0083', primaId: 'CN10P0503', title: 'Retour', startDate: '2019', endDate: '2023', status: 'completed', type: 'avrr', budgetUsd: 200000, coverage: 'national', year: 2019, region: 'asia-oceania', countries: ['CN', 'FR'] };
    const fr = parse(projectsToCsv({ projects: [project], lang: 'fr', delimiter: ';', projectUrl: url }), ';');
    expect(fr[0]).toContain('Date de début [startDate]');
    expect(fr[0]).toContain('Statut du projet (libellé) [status_label]');
    expect(fr[0]).toContain('Lien [link]');
    expect(fr[1]).toEqual(['Retour', '2019', '2023', 'completed', 'Achevé', 'avrr', 'Aide au retour et à la réintégration à l’intention des migrants et des gouvernements', '200000', 'national', 'National', '2019', 'asia-oceania', 'Asie et Océanie', 'CN10P0503', 'RR.0083', 'CN; FR', 'Chine; France', url('RR.0083')]);
    const en = parse(projectsToCsv({ projects: [project], lang: 'en', projectUrl: url }), ',');
    expect(en[0]!.slice(0, 3)).toEqual(['Title [title]', 'Start date [startDate]', 'End date [endDate]']);
    expect(en[1]!.slice(15, 17)).toEqual(['CN; FR', 'China; France']);
  });

  it('neutralises formula-like text but leaves raw numbers alone', () => {
    const base: ProjectSummary = { id: '-12', primaId: '@x', title: '=HYPERLINK("http://x")', startDate: '2020', status: 'ongoing', type: 'other', budgetUsd: 1234.5, coverage: 'global', year: 2020, region: 'global', countries: [] };
    const csv = projectsToCsv({ projects: [base], columns: ['title', 'id', 'primaId', 'budgetUsd'], lang: 'en', projectUrl: url });
    const line = csv.split('\r\n')[1];
    expect(line).toBe(`"'=HYPERLINK(""http://x"")",'-12,'@x,1234.5,${url('-12')}`);
  });

  it('quotes per RFC 4180 and ends lines with CRLF', () => {
    const p: ProjectSummary = { id: 'A;1', primaId: '', title: 'Say "hi",\nthen go', startDate: '2020', status: 'ongoing', type: 'other', budgetUsd: 0, coverage: 'global', year: 2020, region: 'global', countries: [] };
    const comma = projectsToCsv({ projects: [p], columns: ['title', 'id'], lang: 'en', projectUrl: () => 'u' });
    expect(comma).toBe('\uFEFFTitle [title],Project ID [id],Link [link]\r\n"Say ""hi"",\nthen go",A;1,u\r\n');
    const semicolon = projectsToCsv({ projects: [p], columns: ['title', 'id'], lang: 'en', delimiter: ';', projectUrl: () => 'u' });
    expect(semicolon).toBe('\uFEFFTitle [title];Project ID [id];Link [link]\r\n"Say ""hi"",\nthen go";"A;1";u\r\n');
  });

  it('never caps rows', () => {
    const p: ProjectSummary = { id: 'X', primaId: '', title: 'T', startDate: '2020', status: 'ongoing', type: 'other', budgetUsd: 1, coverage: 'global', year: 2020, region: 'global', countries: [] };
    const order = new Uint32Array(70_000);
    const csv = projectsToCsv({ projects: [p], order, columns: ['id'], lang: 'en', projectUrl: () => '' });
    expect(csv.split('\r\n')).toHaveLength(70_000 + 2);
  });

  it('makes a UTF-8 CSV Blob that keeps the BOM', async () => {
    const blob = csvBlob(['\uFEFFa\r\n', 'é\r\n']);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes).toHaveLength(3 + 3 + 4);
  });
});
