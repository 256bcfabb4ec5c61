import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '@/domain/project';
import { csvBlob, projectsToCsv, type CsvDelimiter } from './export';
import { makeProject } from '@/test/make-project';

const url = (id: string) => `https://example.org/projects/${encodeURIComponent(id)}`;

function parse(csv: string, delimiter: CsvDelimiter): string[][] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    delimiter,
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(rows.errors).toEqual([]);
  return rows.data;
}

describe('projectsToCsv output', () => {
  it('writes headers in the chosen language with stable keys', () => {
    const project: ProjectSummary = {
      id: 'RR.0083',
      primaId: 'CN10P0503',
      title: 'Retour',
      startDate: '2019',
      endDate: '2023',
      status: 'completed',
      type: 'avrr',
      budgetUsd: 200000,
      coverage: 'national',
      year: 2019,
      region: 'asia-oceania',
      countries: ['CN', 'FR'],
    };
    const fr = parse(
      projectsToCsv({ projects: [project], lang: 'fr', delimiter: ';', projectUrl: url }),
      ';',
    );
    expect(fr[0]).toContain('Date de début [startDate]');
    expect(fr[0]).toContain('Statut (libellé) [status_label]');
    // The same term as the interface's, for every concept.
    expect(fr[0]).toContain('Année de financement [year]');
    expect(fr[0]).toContain('ID du projet [id]');
    expect(fr[0]).toContain('Lien [link]');
    expect(fr[1]).toEqual([
      'Retour',
      '2019',
      '2023',
      'completed',
      'Achevé',
      'avrr',
      'Aide au retour et à la réintégration à l’intention des migrants et des gouvernements',
      '200000',
      'national',
      'National',
      '2019',
      'asia-oceania',
      'Asie et Océanie',
      'CN10P0503',
      'RR.0083',
      'CN; FR',
      'Chine; France',
      // Funders and money moved: not provided, so empty (never 0).
      '',
      '',
      '',
      '',
      url('RR.0083'),
    ]);
    const en = parse(projectsToCsv({ projects: [project], lang: 'en', projectUrl: url }), ',');
    expect(en[0]!.slice(0, 3)).toEqual([
      'Title [title]',
      'Start date [startDate]',
      'End date [endDate]',
    ]);
    expect(en[1]!.slice(15, 17)).toEqual(['CN; FR', 'China; France']);
    const es = parse(
      projectsToCsv({ projects: [project], lang: 'es', delimiter: ';', projectUrl: url }),
      ';',
    );
    expect(es[0]!.slice(0, 6)).toEqual([
      'Título [title]',
      'Fecha de inicio [startDate]',
      'Fecha de finalización [endDate]',
      'Estado (código) [status]',
      'Estado (etiqueta) [status_label]',
      'Tipo de proyecto (código) [type]',
    ]);
    expect(es[0]).toContain('Año de financiación [year]');
    expect(es[0]).toContain('Enlace [link]');
    expect(es[1]!.slice(3, 5)).toEqual(['completed', 'Finalizado']);
    expect(es[1]!.slice(15, 17)).toEqual(['CN; FR', 'China; Francia']);
  });

  it('neutralises formula-like text but leaves raw numbers alone', () => {
    const base = makeProject({
      id: '-12',
      primaId: '@x',
      title: '=HYPERLINK("http://x")',
      startDate: '2020',
      status: 'ongoing',
      type: 'other',
      budgetUsd: 1234.5,
      coverage: 'global',
      year: 2020,
      region: 'global',
    });
    const csv = projectsToCsv({
      projects: [base],
      columns: ['title', 'id', 'primaId', 'budgetUsd'],
      lang: 'en',
      projectUrl: url,
    });
    const line = csv.split('\r\n')[1];
    expect(line).toBe(`"'=HYPERLINK(""http://x"")",'-12,'@x,1234.5,${url('-12')}`);
  });

  it('quotes per RFC 4180 and ends lines with CRLF', () => {
    const p: ProjectSummary = {
      id: 'A;1',
      primaId: '',
      title: 'Say "hi",\nthen go',
      startDate: '2020',
      status: 'ongoing',
      type: 'other',
      budgetUsd: 0,
      coverage: 'global',
      year: 2020,
      region: 'global',
      countries: [],
    };
    const comma = projectsToCsv({
      projects: [p],
      columns: ['title', 'id'],
      lang: 'en',
      projectUrl: () => 'u',
    });
    expect(comma).toBe(
      '\uFEFFTitle [title],Project ID [id],Link [link]\r\n"Say ""hi"",\nthen go",A;1,u\r\n',
    );
    const semicolon = projectsToCsv({
      projects: [p],
      columns: ['title', 'id'],
      lang: 'en',
      delimiter: ';',
      projectUrl: () => 'u',
    });
    expect(semicolon).toBe(
      '\uFEFFTitle [title];Project ID [id];Link [link]\r\n"Say ""hi"",\nthen go";"A;1";u\r\n',
    );
  });

  it('never caps rows', () => {
    const p: ProjectSummary = {
      id: 'X',
      primaId: '',
      title: 'T',
      startDate: '2020',
      status: 'ongoing',
      type: 'other',
      budgetUsd: 1,
      coverage: 'global',
      year: 2020,
      region: 'global',
      countries: [],
    };
    const order = new Uint32Array(70_000);
    const csv = projectsToCsv({
      projects: [p],
      order,
      columns: ['id'],
      lang: 'en',
      projectUrl: () => '',
    });
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
