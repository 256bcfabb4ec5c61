import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectsToCsv } from '@/lib/csv/export';
import { awkwardPortfolioArbitrary } from '@/test/project-arbitrary';
import { detectDelimiter } from './csv-read';
import { importFile } from './import-file';
import { expectOk } from './import.test-utils';

const utf8 = (text: string) => new TextEncoder().encode(text);
const url = (id: string) => `https://example.org/projects/${encodeURIComponent(id)}`;

/** Windows-1252 bytes for text in Latin-1 plus the few Windows characters used here. */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '’': 0x92, '€': 0x80, œ: 0x9c };
  return new Uint8Array([...text].map((ch) => extra[ch] ?? ch.charCodeAt(0)));
}

describe('importing our own CSV export', () => {
  it.each([
    [',', 'en'],
    [';', 'fr'],
    [',', 'fr'],
    [';', 'en'],
    [';', 'es'],
    [',', 'es'],
  ] as const)(
    'gives back exactly the exported projects (delimiter %s, %s)',
    async (delimiter, lang) => {
      await fc.assert(
        fc.asyncProperty(
          awkwardPortfolioArbitrary.filter((p) => p.length > 0),
          async (projects) => {
            const csv = projectsToCsv({ projects, lang, delimiter, projectUrl: url });
            const result = expectOk(
              await importFile({ name: 'portfolio-2026-11-23-all.csv', bytes: utf8(csv), lang }),
            );
            expect(result.rejected).toEqual([]);
            expect(result.projects).toEqual(projects);
            expect(result.needsMapping).toBe(false);
            expect(result.delimiter).toBe(delimiter);
            expect(result.totals).toEqual({
              records: projects.length,
              accepted: projects.length,
              rejected: 0,
              budgetUsd:
                projects.reduce((cents, p) => cents + Math.round((p.budgetUsd ?? 0) * 100), 0) /
                100,
            });
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it.each(['en', 'fr', 'es'] as const)(
    'maps an export whose headers lost their [keys] by its %s words alone',
    async (lang) => {
      const projects = fc.sample(
        awkwardPortfolioArbitrary.filter((p) => p.length >= 3),
        { numRuns: 1, seed: 5 },
      )[0]!;
      const csv = projectsToCsv({ projects, lang, delimiter: ';', projectUrl: url });
      const [header = '', ...rows] = csv.split('\r\n');
      const words = header.replace(/ \[[A-Za-z_]+\]/g, '');
      expect(words).not.toContain('[');
      const result = expectOk(
        await importFile({ name: 'x.csv', bytes: utf8([words, ...rows].join('\r\n')), lang }),
      );
      expect(result.needsMapping).toBe(false);
      expect(result.projects).toEqual(projects);
    },
  );

  it('reads the rows in the exported order', async () => {
    const projects = fc.sample(
      awkwardPortfolioArbitrary.filter((p) => p.length >= 3),
      { numRuns: 1, seed: 3 },
    )[0]!;
    const csv = projectsToCsv({ projects, order: [2, 0, 1], lang: 'en', projectUrl: url });
    const result = expectOk(await importFile({ name: 'x.csv', bytes: utf8(csv), lang: 'en' }));
    expect(result.projects.map((p) => p.id)).toEqual([
      projects[2]!.id,
      projects[0]!.id,
      projects[1]!.id,
    ]);
  });
});

describe('importing other CSV files', () => {
  const header =
    'Projet ID;Titre;Date de début;Date de fin;Statut du projet;Type de projet;Budget Amount (USD);Couverture;Année;IDF Region;Prima ID;Etat(s) membre(s) bénéficiaires';
  const row =
    'RR.0083;Retour volontaire et réintégration;2019;2023;Achevé;Aide au retour et à la réintégration à l’intention des migrants et des gouvernements;200000.00;National;2019;Asie et Océanie;CN10P0503;Chine';

  it('decodes a Windows-1252 file with the fund’s French labels and maps every column', async () => {
    const result = expectOk(
      await importFile({
        name: 'projets.csv',
        bytes: windows1252(`${header}\r\n${row}\r\n`),
        lang: 'fr',
      }),
    );
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(';');
    expect(result.headers?.[2]).toBe('Date de début');
    expect(result.mapping).toEqual([
      'id',
      'title',
      'startDate',
      'endDate',
      'status',
      'type',
      'budgetUsd',
      'coverage',
      'year',
      'region',
      'primaId',
      'countries',
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.projects).toEqual([
      {
        id: 'RR.0083',
        primaId: 'CN10P0503',
        title: 'Retour volontaire et réintégration',
        startDate: '2019',
        endDate: '2023',
        status: 'completed',
        type: 'avrr',
        budgetUsd: 200000,
        coverage: 'national',
        year: 2019,
        region: 'asia-oceania',
        countries: ['CN'],
      },
    ]);
  });

  it('maps a Spanish file by its headers and reads its Spanish values', async () => {
    const csv =
      'ID del proyecto;Título;Fecha de inicio;Fecha de finalización;Estado;Tipo de proyecto;Presupuesto (USD);Cobertura;Año de financiación;Región;Estados beneficiarios\r\n' +
      'RR.0083;Retorno voluntario;2019;2023;Finalizado;Retorno voluntario asistido y reintegración;200000;Nacional;2019;Asia y Oceanía;China\r\n' +
      'LM.0001;Migración laboral;2020-03;;En curso;Migración laboral;1500;Regional;2020;América Latina y el Caribe;"México; Perú"\r\n';
    const result = expectOk(
      await importFile({ name: 'proyectos.csv', bytes: utf8(csv), lang: 'es' }),
    );
    expect(result.needsMapping).toBe(false);
    expect(result.rejected).toEqual([]);
    expect(result.projects.map((p) => [p.id, p.status, p.type, p.coverage, p.region])).toEqual([
      ['RR.0083', 'completed', 'avrr', 'national', 'asia-oceania'],
      ['LM.0001', 'ongoing', 'labour-migration', 'regional', 'latin-america-caribbean'],
    ]);
    expect(result.projects.map((p) => p.countries)).toEqual([['CN'], ['MX', 'PE']]);
    expect(result.notes).toEqual([]);
  });

  it('suggests a mapping, flags missing required fields, and takes a corrected mapping', async () => {
    const csv =
      'Ref\tHeading\tKick-off\tState\tMoney\tWhere\r\nA-1\tFirst\t2020-05\tActive\t1 200,50\tKenya; UGA\r\n';
    const first = expectOk(await importFile({ name: 'data.tsv', bytes: utf8(csv), lang: 'en' }));
    expect(first.delimiter).toBe('\t');
    expect(first.needsMapping).toBe(true);
    expect(first.mapping).toEqual([null, 'title', null, null, null, null]);
    expect(first.projects).toEqual([]);
    expect(first.notes).toContainEqual({ code: 'field_not_found', field: 'startDate' });

    const second = expectOk(
      await importFile({
        name: 'data.tsv',
        bytes: utf8(csv),
        lang: 'en',
        mapping: ['id', 'title', 'startDate', 'status', 'budgetUsd', 'countries'],
      }),
    );
    expect(second.needsMapping).toBe(false);
    expect(second.rejected).toEqual([]);
    expect(second.projects).toEqual([
      {
        id: 'A-1',
        primaId: '',
        title: 'First',
        startDate: '2020-05',
        status: 'ongoing',
        type: 'other',
        budgetUsd: 1200.5,
        coverage: 'regional',
        year: 2020,
        region: 'africa',
        countries: ['KE', 'UG'],
      },
    ]);
    expect(second.notes).toEqual(
      expect.arrayContaining([
        { code: 'year_derived', field: 'year', count: 1 },
        { code: 'region_derived', field: 'region', count: 1 },
        { code: 'coverage_derived', field: 'coverage', count: 1 },
        { code: 'type_other', field: 'type', count: 1 },
      ]),
    );
  });

  it('detects the delimiter on the header row, ignoring quoted ones', () => {
    expect(detectDelimiter('"a;b",c,d\r\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('"a,b";c;d')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });
});
