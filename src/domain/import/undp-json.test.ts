import { describe, expect, it } from 'vitest';
import { readDataset } from '@/test/datasets';
import { importFile } from './import-file';
import { expectOk } from './import.test-utils';

const UNDP = 'undp_project_summary_2019.json';
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

  it('suggests a mapping from the keys, names the unmapped ones and asks for review', async () => {
    const result = expectOk(await importFile({ name: UNDP, bytes, lang: 'en' }));
    expect(result.format).toBe('json');
    expect(result.headers).toEqual(keys);
    const mapped = Object.fromEntries(result.headers!.map((h, i) => [h, result.mapping![i]]));
    expect(mapped).toMatchObject({
      id: 'id',
      name: 'title',
      region: 'region',
      operating_unit: 'countries',
      fiscal_year: 'year',
      budget: 'budgetUsd',
      crs: 'type',
    });
    const unmapped = keys.filter((k) => mapped[k] === null);
    expect(result.notes.filter((n) => n.code === 'column_unmapped').map((n) => n.value)).toEqual(
      unmapped,
    );
    expect(result.notes.filter((n) => n.code === 'field_not_found').map((n) => n.field)).toEqual([
      'startDate',
      'status',
    ]);
    expect(result.needsMapping).toBe(true);
    expect(result.totals).toEqual({
      records: source.length,
      accepted: 0,
      rejected: source.length,
      budgetUsd: 0,
    });
    expect(result.rejected.map((r) => r.id)).toEqual(source.map((r) => r.id));
  });

  it('imports every record once a status and start date are supplied', async () => {
    const first = expectOk(await importFile({ name: UNDP, bytes, lang: 'en' }));
    const result = expectOk(
      await importFile({
        name: UNDP,
        bytes,
        lang: 'en',
        mapping: first.mapping!,
        defaults: { status: 'ongoing', startDate: '2019' },
      }),
    );
    expect(result.needsMapping).toBe(false);
    expect(result.rejected).toEqual([]);
    expect(result.projects.map((p) => p.id)).toEqual(source.map((r) => r.id));
    expect(result.projects.map((p) => p.title)).toEqual(source.map((r) => r.name));
    expect(result.totals.budgetUsd).toBe(source.reduce((sum, r) => sum + r.budget, 0));

    // UNDP bureaux map to the fund's regions (documented in code-tables.ts).
    const bureaux: Record<string, string> = {
      RBA: 'africa',
      RBAP: 'asia-oceania',
      RBAS: 'middle-east-north-africa',
      RBEC: 'europe-central-asia',
      RBLAC: 'latin-america-caribbean',
      global: 'global',
    };
    expect(result.projects.map((p) => p.region)).toEqual(source.map((r) => bureaux[r.region]));

    // Operating units: ISO alpha-3 become alpha-2; UNDP hubs are reported and left out.
    const hubs = new Set(['H21', 'H70', 'PSC']);
    const reported = result.notes.filter((n) => n.code === 'country_unknown');
    expect(reported.map((n) => n.id)).toEqual(
      source.filter((r) => r.operating_unit && hubs.has(r.operating_unit)).map((r) => r.id),
    );
    source.forEach((r, i) => {
      const countries = result.projects[i]!.countries;
      if (!r.operating_unit || hubs.has(r.operating_unit)) expect(countries).toEqual([]);
      else expect(countries).toHaveLength(1);
    });
    expect(result.projects.find((p) => p.id === '00080840')?.countries).toEqual(['TM']);
    expect(result.projects.find((p) => p.id === '00090780')?.countries).toEqual(['ID']);
    expect(result.notes).toContainEqual({
      code: 'default_applied',
      field: 'status',
      value: 'ongoing',
      count: source.length,
    });
  });
});
