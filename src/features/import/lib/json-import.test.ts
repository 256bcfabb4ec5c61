import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '@/domain/project';
import { portfolioArbitrary } from '@/test/project-arbitrary';
import { readDataset } from '@/test/datasets';
import { importFile } from './import-file';
import type { ImportOutcome, ImportResult } from './types';

const UNDP = 'undp_project_summary_2019.json';
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function expectOk(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) throw new Error(`import failed: ${outcome.error.message}`);
  return outcome;
}

interface UndpRecord {
  id: string;
  name: string;
  region: string;
  operating_unit: string | null;
  budget: number;
}

describe('UNDP project summaries (a JSON array of another shape)', () => {
  const bytes = readDataset(UNDP);
  const source = JSON.parse(new TextDecoder().decode(bytes)) as UndpRecord[];
  const keys = [...new Set(source.flatMap((r) => Object.keys(r)))];

  it('suggests a mapping from the keys, names the unmapped ones and asks for review', () => {
    const result = expectOk(importFile({ name: UNDP, bytes, lang: 'en' }));
    expect(result.format).toBe('json');
    expect(result.headers).toEqual(keys);
    const mapped = Object.fromEntries(result.headers!.map((h, i) => [h, result.mapping![i]]));
    expect(mapped).toMatchObject({ id: 'id', name: 'title', region: 'region', operating_unit: 'countries', fiscal_year: 'year', budget: 'budgetUsd', crs: 'type' });
    const unmapped = keys.filter((k) => mapped[k] === null);
    expect(result.notes.filter((n) => n.code === 'column_unmapped').map((n) => n.value)).toEqual(unmapped);
    expect(result.notes.filter((n) => n.code === 'field_not_found').map((n) => n.field)).toEqual(['startDate', 'status']);
    expect(result.needsMapping).toBe(true);
    expect(result.totals).toEqual({ records: source.length, accepted: 0, rejected: source.length, budgetUsd: 0 });
    expect(result.rejected.map((r) => r.id)).toEqual(source.map((r) => r.id));
  });

  it('imports every record once a status and start date are supplied', () => {
    const first = expectOk(importFile({ name: UNDP, bytes, lang: 'en' }));
    const result = expectOk(importFile({ name: UNDP, bytes, lang: 'en', mapping: first.mapping!, defaults: { status: 'ongoing', startDate: '2019' } }));
    expect(result.needsMapping).toBe(false);
    expect(result.rejected).toEqual([]);
    expect(result.projects.map((p) => p.id)).toEqual(source.map((r) => r.id));
    expect(result.projects.map((p) => p.title)).toEqual(source.map((r) => r.name));
    expect(result.totals.budgetUsd).toBe(source.reduce((sum, r) => sum + r.budget, 0));

    // UNDP bureaux map to the fund's regions (documented in code-tables.ts).
    const bureaux: Record<string, string> = { RBA: 'africa', RBAP: 'asia-oceania', RBAS: 'middle-east-north-africa', RBEC: 'europe-central-asia', RBLAC: 'latin-america-caribbean', global: 'global' };
    expect(result.projects.map((p) => p.region)).toEqual(source.map((r) => bureaux[r.region]));

    // Operating units: ISO alpha-3 become alpha-2; UNDP hubs are reported and left out.
    const hubs = new Set(['H21', 'H70', 'PSC']);
    const reported = result.notes.filter((n) => n.code === 'country_unknown');
    expect(reported.map((n) => n.id)).toEqual(source.filter((r) => r.operating_unit && hubs.has(r.operating_unit)).map((r) => r.id));
    source.forEach((r, i) => {
      const countries = result.projects[i]!.countries;
      if (!r.operating_unit || hubs.has(r.operating_unit)) expect(countries).toEqual([]);
      else expect(countries).toHaveLength(1);
    });
    expect(result.projects.find((p) => p.id === '00080840')?.countries).toEqual(['TM']);
    expect(result.projects.find((p) => p.id === '00090780')?.countries).toEqual(['ID']);
    expect(result.notes).toContainEqual({ code: 'default_applied', field: 'status', value: 'ongoing', count: source.length });
  });
});

describe('JSON in the API’s own shapes', () => {
  const shapes = {
    page: (items: ProjectSummary[]) => ({ total: items.length, offset: 0, limit: 5000, items }),
    bundle: (projects: ProjectSummary[]) => ({ meta: { asOf: '2100-12-31', source: 'test', currency: 'USD', projectCount: projects.length }, projects }),
    array: (projects: ProjectSummary[]) => projects,
  };

  it.each(Object.keys(shapes) as (keyof typeof shapes)[])('imports a %s without a mapping step', (shape) => {
    fc.assert(
      fc.property(portfolioArbitrary.filter((p) => p.length > 0), (projects) => {
        const result = expectOk(importFile({ name: 'projects.json', bytes: json(shapes[shape](projects)), lang: 'en' }));
        expect(result.headers).toBeUndefined();
        expect(result.projects).toEqual(projects);
        expect(result.totals.records).toBe(projects.length);
      }),
      { numRuns: 25 },
    );
  });

  it('uses the bundle’s data date to reject completed projects that end after it', () => {
    const p: ProjectSummary = { id: 'A', primaId: '', title: 'T', startDate: '2020', endDate: '2030', status: 'completed', type: 'other', budgetUsd: 1, coverage: 'global', year: 2020, region: 'global', countries: [] };
    const result = expectOk(importFile({ name: 'b.json', bytes: json({ meta: { asOf: '2026-11-23' }, projects: [p, { ...p, id: 'B', endDate: '2025' }] }), lang: 'en' }));
    expect(result.projects.map((x) => x.id)).toEqual(['B']);
    expect(result.rejected).toEqual([{ index: 0, id: 'A', reasons: [{ code: 'completed_in_future', field: 'status', value: '2030' }] }]);
  });

  it('keeps descriptions', () => {
    const p = { id: 'A', primaId: '', title: 'T', startDate: '2020', status: 'ongoing', type: 'other', budgetUsd: 1, coverage: 'global', year: 2020, region: 'global', countries: [], description: ' Long text. ' };
    expect(expectOk(importFile({ name: 'x.json', bytes: json([p]), lang: 'en' })).projects[0]?.description).toBe('Long text.');
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['broken.json', '{"items": [1, 2', 'invalid_json', 'The file is not valid JSON.', 'Le fichier n’est pas un JSON valide.'],
    ['empty.csv', '', 'empty_file', 'The file is empty.', 'Le fichier est vide.'],
    ['blank.json', '  \n ', 'empty_file', 'The file is empty.', 'Le fichier est vide.'],
    ['object.json', '{"a": 1}', 'unsupported_json', 'The JSON file holds no list of records.', 'Le fichier JSON ne contient aucune liste d’enregistrements.'],
    ['none.json', '[]', 'no_records', 'The file holds no records.', 'Le fichier ne contient aucun enregistrement.'],
    ['header-only.csv', 'Title,Start date\r\n', 'no_records', 'The file holds no records.', 'Le fichier ne contient aucun enregistrement.'],
  ])('%s → %s', (name, text, code, en, fr) => {
    const bytes = new TextEncoder().encode(text);
    expect(importFile({ name, bytes, lang: 'en' })).toMatchObject({ ok: false, error: { code, message: en } });
    expect(importFile({ name, bytes, lang: 'fr' })).toMatchObject({ ok: false, error: { code, message: fr } });
  });

  it('refuses binary files such as Excel workbooks', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
    expect(importFile({ name: 'book.xlsx', bytes, lang: 'en' })).toMatchObject({ ok: false, error: { code: 'unknown_format' } });
  });

  it('recognises the format from the content when the name says nothing', () => {
    const xml = new TextEncoder().encode('<iati-activity><iati-identifier>X</iati-identifier></iati-activity>');
    expect(importFile({ name: 'download', bytes: xml, lang: 'en' })).toMatchObject({ ok: true, format: 'iati-xml' });
    expect(importFile({ name: 'data.txt', bytes: json([{ a: 1 }]), lang: 'en' })).toMatchObject({ ok: true, format: 'json' });
  });
});
