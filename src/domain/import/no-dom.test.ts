// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { projectsToCsv } from '@/lib/csv/export';
import { readDataset } from '@/test/datasets';
import { makeProject } from '@/test/make-project';
import { importFile } from './import-file';

/** The importer runs in a Web Worker: it must work with no DOM at all. */
describe('importing without a DOM', () => {
  it('has no document or window here', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  it('reads CSV, JSON and IATI XML', async () => {
    const csv = projectsToCsv({
      projects: [makeProject({ id: 'A', title: '=T' })],
      lang: 'fr',
      delimiter: ';',
      projectUrl: (id) => `/projects/${id}`,
    });
    expect(
      await importFile({ name: 'a.csv', bytes: new TextEncoder().encode(csv), lang: 'fr' }),
    ).toMatchObject({ ok: true, totals: { accepted: 1 }, projects: [{ title: '=T' }] });
    const json = readDataset('undp_project_summary_2019.json');
    expect(await importFile({ name: 'u.json', bytes: json, lang: 'en' })).toMatchObject({
      ok: true,
      totals: { records: 167 },
    });
    const xml = readDataset('undp_iati_Micronesia_Federated_Statesof_projects.xml');
    expect(await importFile({ name: 'm.xml', bytes: xml, lang: 'en' })).toMatchObject({
      ok: true,
      totals: { budgetUsd: 282500 },
    });
  });
});
