// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { datasetFiles, readDataset } from '@/test/datasets';
import { importFile } from '../import-file';
import type { ImportResult } from '../types';

/** Figures read straight from the XML with the browser's DOMParser, independently of the importer. */
function oracle(bytes: Uint8Array) {
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const activities = [...doc.querySelectorAll('iati-activity')];
  const byCurrency: Record<string, number> = {};
  for (const activity of activities) {
    for (const value of activity.querySelectorAll(':scope > budget > value')) {
      const currency =
        value.getAttribute('currency') ?? activity.getAttribute('default-currency') ?? 'XXX';
      byCurrency[currency] = (byCurrency[currency] ?? 0) + Number(value.textContent);
    }
  }
  const dateOf = (a: Element, type: string) =>
    a.querySelector(`:scope > activity-date[type="${type}"]`)?.getAttribute('iso-date') ??
    undefined;
  return {
    count: activities.length,
    ids: activities.map((a) => a.querySelector(':scope > iati-identifier')?.textContent?.trim()),
    countries: activities.map((a) =>
      [...a.querySelectorAll(':scope > recipient-country')].map((c) => c.getAttribute('code')),
    ),
    starts: activities.map((a) => dateOf(a, '2') ?? dateOf(a, '1')),
    ends: activities.map((a) => dateOf(a, '4') ?? dateOf(a, '3')),
    byCurrency,
  };
}

const xmlFiles = datasetFiles().filter((name) => name.endsWith('.xml'));

async function importXml(
  name: string,
  lang: 'en' | 'fr' = 'en',
  hierarchy: 'roll-up' | 'separate' = 'separate',
): Promise<ImportResult> {
  const outcome = await importFile({ name, bytes: readDataset(name), lang, hierarchy });
  if (!outcome.ok)
    throw new Error(`${name}: ${outcome.error.message} ${outcome.error.detail ?? ''}`);
  return outcome;
}

describe('IATI files in shared/datasets', () => {
  it('has the XML files SOURCES.md lists', () => {
    expect(xmlFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(xmlFiles)(
    '%s: every activity, id, country, date and budget comes through',
    async (name) => {
      const expected = oracle(readDataset(name));
      const result = await importXml(name);
      expect(result.format).toBe('iati-xml');
      expect(result.totals.records).toBe(expected.count);
      expect(result.rejected).toEqual([]);
      expect(result.projects.map((p) => p.id)).toEqual(expected.ids);
      expect(result.projects.map((p) => p.countries)).toEqual(expected.countries);
      expect(result.projects.map((p) => p.startDate)).toEqual(expected.starts);
      expect(result.projects.map((p) => p.endDate)).toEqual(expected.ends);
      expect(Object.keys(result.budgetsByCurrency ?? {}).sort()).toEqual(
        Object.keys(expected.byCurrency).sort(),
      );
      for (const [currency, total] of Object.entries(expected.byCurrency))
        expect(result.budgetsByCurrency?.[currency]).toBeCloseTo(total, 2);
      expect(result.totals.budgetUsd).toBeCloseTo(expected.byCurrency.USD ?? 0, 2);
    },
  );

  it('rolls the 2 Micronesia outputs up into their 2 projects: 282,500 USD counted once', async () => {
    const result = await importXml(
      'undp_iati_Micronesia_Federated_Statesof_projects.xml',
      'en',
      'roll-up',
    );
    expect(result.totals).toEqual({ records: 2, accepted: 2, rejected: 0, budgetUsd: 282_500 });
    expect(result.activityCount).toBe(4);
    expect(result.notes).toContainEqual({ code: 'hierarchy_rolled_up', count: 2 });
    expect(result.projects.map((p) => [p.id, p.budgetUsd, p.region, p.type])).toEqual([
      ['XM-DAC-41114-PROJECT-00106196', 82_500, 'asia-oceania', 'dac-510'],
      ['XM-DAC-41114-PROJECT-00107990', 200_000, 'asia-oceania', 'dac-410'], // DAC 41010
    ]);
  });

  it('imports the Micronesia parents and children separately when asked, parents without a budget', async () => {
    const result = await importXml('undp_iati_Micronesia_Federated_Statesof_projects.xml');
    expect(result.totals).toEqual({
      records: 4,
      accepted: 4,
      rejected: 0,
      budgetUsd: 282_500,
      noBudget: 2,
    });
    expect(result.notes).toContainEqual({ code: 'hierarchy_separate', count: 2 });
    const noBudget = result.projects.filter((p) => p.budgetUsd === undefined).map((p) => p.id);
    expect(noBudget).toEqual(['XM-DAC-41114-PROJECT-00106196', 'XM-DAC-41114-PROJECT-00107990']);
  });

  it('reports the missing currency of activity-02 and not of activity-01', async () => {
    const missing = async (name: string) =>
      (await importXml(name)).notes.filter((n) => n.code === 'transaction_currency_missing');
    expect(await missing('diterator_activity-02.xml')).toEqual([
      { code: 'transaction_currency_missing', index: 0, id: 'XM-DAC-00000-0000', count: 1 },
    ]);
    expect(await missing('diterator_activity-01.xml')).toEqual([]);
  });

  it('reads the one-line d-portal file like the pretty-printed one', async () => {
    const oneLine = await importXml('diterator_activity-01_iom_DP.2154_original_oneline.xml');
    const pretty = await importXml('diterator_activity-01_iom_DP.2154_real.xml');
    expect(oneLine.projects).toEqual(pretty.projects);
    expect(oneLine.projects[0]).toMatchObject({
      id: 'XM-DAC-47066-DP.2154',
      status: 'ongoing',
      region: 'africa',
      coverage: 'national',
      year: 2020,
      budgetUsd: 1459753.72,
    });
  });

  it('takes the title and description in the requested language', async () => {
    expect((await importXml('diterator_activity-01.xml', 'fr')).projects[0]).toMatchObject({
      title: "Titre de l'activité de test",
      description: "Description de l'activité de test",
    });
    expect((await importXml('diterator_activity-01.xml', 'en')).projects[0]).toMatchObject({
      title: 'Test activity title',
      description: 'Test activity description',
    });
    const fallback = await importXml('undp_iati_Micronesia_Federated_Statesof_projects.xml', 'fr');
    expect(fallback.projects[0]?.title).toBe(
      'Micronesia Public Sector Buildings Energy Efficiency (PSBEE) project',
    );
    expect(fallback.notes).toContainEqual({
      code: 'title_language',
      index: 0,
      id: 'XM-DAC-41114-PROJECT-00106196',
      field: 'title',
      value: 'en',
    });
  });

  it('returns an error value, in both languages, for malformed XML', async () => {
    const bytes = readDataset('diterator_activity-02.xml');
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    const en = await importFile({ name: 'broken.xml', bytes: truncated, lang: 'en' });
    const fr = await importFile({ name: 'broken.xml', bytes: truncated, lang: 'fr' });
    expect(en).toMatchObject({
      ok: false,
      format: 'iati-xml',
      error: { code: 'invalid_xml', message: 'The file is not well-formed XML.' },
    });
    expect(fr).toMatchObject({
      ok: false,
      error: { code: 'invalid_xml', message: 'Le fichier n’est pas un XML bien formé.' },
    });
    expect(!en.ok && en.error.detail).toMatch(/line \d+/);
  });
});
