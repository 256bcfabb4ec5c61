import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnnualRates, toUsd } from '@/domain/money/convert';
import { importFile } from '../import-file';
import type { ImportResult } from '../types';

// Conversions other than USD need the rate table, which loads on demand.
beforeAll(() => loadAnnualRates());

/*
 * Hand-written fixtures modelled on real publishers' shapes (UNDP, UNICEF, DFID, Spain's MAEC):
 * one rule each. Real files are not in the repository.
 */

async function importXml(xml: string, hierarchy?: 'roll-up' | 'separate'): Promise<ImportResult> {
  const input = { name: 'f.xml', bytes: new TextEncoder().encode(xml), lang: 'en' as const };
  const outcome = await importFile(hierarchy ? { ...input, hierarchy } : input);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome;
}

const file = (body: string, version = '2.03') =>
  `<?xml version="1.0" encoding="UTF-8"?><iati-activities version="${version}">${body}</iati-activities>`;

const budget = (value: number | string, start: string, end: string, attrs = '', currency = '') =>
  `<budget ${attrs}><period-start iso-date="${start}"/><period-end iso-date="${end}"/><value${currency ? ` currency="${currency}"` : ''} value-date="${start}">${value}</value></budget>`;

const activity = (id: string, body: string, attrs = 'default-currency="USD"') =>
  `<iati-activity ${attrs}><iati-identifier>${id}</iati-identifier><reporting-org ref="GB-GOV-1"/><title><narrative>Activity ${id}</narrative></title><activity-status code="2"/><activity-date type="2" iso-date="2014-01-01"/>${body}</iati-activity>`;

describe('IATI rules on hand-written fixtures', () => {
  it('converts a GBP budget (DFID shape) at its period start year’s average rate', async () => {
    const result = await importXml(
      file(
        activity(
          'GB-1-201',
          `<recipient-country code="KE"/>${budget(28871, '2014-04-01', '2015-03-31')}`,
          'default-currency="GBP"',
        ),
      ),
    );
    const rate = toUsd(28871, 'GBP', '2014-04-01');
    if (!rate.ok) throw new Error('no GBP rate');
    expect(result.projects[0]?.budgetUsd).toBe(rate.usd);
    expect(result.projects[0]?.budgetOriginal).toEqual([
      { amount: 28871, currency: 'GBP', rateYear: 2014, usd: rate.usd },
    ]);
    expect(result.totals.converted).toBe(1);
  });

  it('counts a year and its four quarters once: the year (UNICEF shape)', async () => {
    const quarters = ['01', '04', '07', '10']
      .map((m, i) =>
        budget(
          25000,
          `2019-${m}-01`,
          `2019-${String(i * 3 + 3).padStart(2, '0')}-${i === 0 || i === 3 ? '31' : '30'}`,
        ),
      )
      .join('');
    const result = await importXml(
      file(
        activity(
          'XM-DAC-41122-1',
          `<recipient-country code="MY"/>${budget(100000, '2019-01-01', '2019-12-31')}${quarters}`,
        ),
      ),
    );
    expect(result.projects[0]?.budgetUsd).toBe(100000);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'budget_nested', count: 4 }),
    );
  });

  it('counts a total budget beside annual ones once, replaces originals by revisions, leaves out negatives', async () => {
    const body =
      budget(300000, '2016-01-01', '2018-12-31') +
      budget(100000, '2016-01-01', '2016-12-31') +
      budget(90000, '2017-01-01', '2017-12-31') +
      budget(120000, '2019-01-01', '2019-12-31') +
      budget(150000, '2019-01-01', '2019-12-31', 'type="2"') +
      budget(-5000, '2020-01-01', '2020-12-31');
    const result = await importXml(
      file(activity('ES-DIR3-1', `<recipient-country code="CU"/>${body}`)),
    );
    expect(result.projects[0]?.budgetUsd).toBe(300000 + 150000);
    const codes = result.notes.map((n) => n.code);
    expect(codes).toEqual(
      expect.arrayContaining(['budget_nested', 'budget_original_superseded', 'budget_negative']),
    );
  });

  it('rolls UNDP outputs (hierarchy 2) up into their project: one project, money once; separately on request', async () => {
    const parent = activity(
      'XM-DAC-41114-PROJECT-1',
      '<recipient-country code="CK"/><related-activity type="2" ref="XM-DAC-41114-OUTPUT-1"/>',
      'default-currency="USD" hierarchy="1"',
    );
    const child = (n: number, amount: number) =>
      activity(
        `XM-DAC-41114-OUTPUT-${n}`,
        `<recipient-country code="CK"/><sector code="41010"/><related-activity type="1" ref="XM-DAC-41114-PROJECT-1"/>${budget(amount, '2018-01-01', '2018-12-31')}`,
        'default-currency="USD" hierarchy="2"',
      );
    const xml = file(parent + child(1, 40000) + child(2, 60000));
    const rolled = await importXml(xml);
    expect(rolled.projects.map((p) => [p.id, p.budgetUsd, p.type])).toEqual([
      ['XM-DAC-41114-PROJECT-1', 100000, 'dac-410'],
    ]);
    expect(rolled.notes).toContainEqual({ code: 'hierarchy_rolled_up', count: 2 });
    // The parent has no budget of its own: its children's answer it, and the report says so.
    const parentNotes = rolled.notes.filter((n) => n.id === 'XM-DAC-41114-PROJECT-1');
    expect(parentNotes.map((n) => n.code)).not.toContain('budget_none');
    expect(parentNotes).toContainEqual({
      code: 'budget_from_children',
      index: 0,
      id: 'XM-DAC-41114-PROJECT-1',
      field: 'budgetUsd',
      count: 2,
    });
    const separate = await importXml(xml, 'separate');
    expect(separate.projects).toHaveLength(3);
    expect(separate.notes).toContainEqual({ code: 'hierarchy_separate', count: 2 });
    // Imported separately, the parent really has no budget: said on its record.
    expect(separate.notes).toContainEqual(
      expect.objectContaining({ code: 'budget_none', id: 'XM-DAC-41114-PROJECT-1' }),
    );
  });

  it('keeps a rolled-up parent’s “no budget” note when its children have none either', async () => {
    const parent = activity(
      'P-1',
      '<recipient-country code="KE"/><related-activity type="2" ref="C-1"/>',
      'default-currency="USD" hierarchy="1"',
    );
    const child = activity(
      'C-1',
      '<recipient-country code="KE"/><related-activity type="1" ref="P-1"/>',
      'default-currency="USD" hierarchy="2"',
    );
    const result = await importXml(file(parent + child));
    expect(result.projects.map((p) => [p.id, p.budgetUsd])).toEqual([['P-1', undefined]]);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'budget_none', id: 'P-1' }),
    );
    expect(result.notes.map((n) => n.code)).not.toContain('budget_from_children');
  });

  it('accepts an IATI 1.04 file with its titles, descriptions, dates and status, and names its version', async () => {
    const xml = `<iati-activities version="1.04"><iati-activity default-currency="EUR" xml:lang="es">
      <iati-identifier>ES-DIR3-E04585801-1</iati-identifier>
      <title xml:lang="es">Respuesta r&#xE1;pida en Cuba</title><title xml:lang="en">Rapid response in Cuba</title>
      <description type="1">Ayuda humanitaria</description>
      <activity-status code="2">Implementation</activity-status>
      <activity-date type="start-actual" iso-date="2012-03-01">1 March 2012</activity-date>
      <recipient-country code="CU">Cuba</recipient-country><sector vocabulary="DAC" code="72010"/>
      <budget type="1"><period-start iso-date="2012-01-01"/><period-end iso-date="2012-12-31"/><value value-date="2012-01-01">10000</value></budget>
    </iati-activity></iati-activities>`;
    const result = await importXml(xml);
    expect(result.version).toBe('1.04');
    expect(result.notes[0]).toEqual({ code: 'iati_version', value: '1.04' });
    expect(result.projects[0]).toMatchObject({
      title: 'Rapid response in Cuba',
      startDate: '2012-03-01',
      status: 'ongoing',
      countries: ['CU'],
      region: 'latin-america-caribbean',
      type: 'dac-720',
    });
    expect(result.projects[0]?.budgetOriginal?.[0]).toMatchObject({
      currency: 'EUR',
      rateYear: 2012,
    });
  });

  it('decodes character references everywhere and notes an unknown named entity', async () => {
    const result = await importXml(
      file(
        activity(
          'FR-1',
          '<recipient-country code="NU"/><description><narrative>Caf&#233; &amp; th&#xE9; &bogus;</narrative></description>',
        ).replace('Activity FR-1', 'R&#xE9;ponse rapide'),
      ),
    );
    expect(result.projects[0]?.title).toBe('Réponse rapide');
    expect(result.projects[0]?.description).toBe('Café & thé &bogus;');
    expect(result.notes).toContainEqual({
      code: 'entity_unknown',
      index: 0,
      id: 'FR-1',
      value: '&bogus;',
    });
  });

  it('decodes HTML named entities in titles, descriptions and organisation names', async () => {
    const result = await importXml(
      file(
        activity(
          'FR-2',
          '<recipient-country code="SN"/>' +
            '<participating-org role="1" ref="FR-3"><narrative>Minist&egrave;re de l&rsquo;Europe</narrative></participating-org>' +
            '<description><narrative>S&eacute;n&eacute;gal &ndash; sant&eacute;&hellip;</narrative></description>',
        ).replace('Activity FR-2', 'R&eacute;ponse &agrave; la crise'),
      ),
    );
    const project = result.projects[0]!;
    expect(project.title).toBe('Réponse à la crise');
    expect(project.description).toBe('Sénégal – santé…');
    expect(project.funders?.[0]?.name).toBe('Ministère de l’Europe');
    expect(result.notes.filter((n) => n.code === 'entity_unknown')).toEqual([]);
  });

  it('accepts CK, CU, MY, KW and NU in a region, and a project with neither country nor region as global', async () => {
    const countries = ['CK', 'CU', 'MY', 'KW', 'NU'];
    const xml = file(
      countries.map((c) => activity(`X-${c}`, `<recipient-country code="${c}"/>`)).join('') +
        activity('X-NONE', ''),
    );
    const result = await importXml(xml);
    expect(result.rejected).toEqual([]);
    expect(result.projects.map((p) => p.region)).toEqual([
      'asia-oceania',
      'latin-america-caribbean',
      'asia-oceania',
      'middle-east-north-africa',
      'asia-oceania',
      'global',
    ]);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'region_none', id: 'X-NONE' }),
    );
  });

  it('totals the budgets by original currency over the accepted records only', async () => {
    const result = await importXml(
      file(
        activity(
          'EU-1',
          `<recipient-country code="KE"/>${budget(1000, '2019-01-01', '2019-12-31')}`,
          'default-currency="EUR"',
        ) +
          activity(
            'XX-1',
            `<recipient-country code="KE"/>${budget(5000, '2019-01-01', '2019-12-31')}`,
            'default-currency="ABC"',
          ),
      ),
    );
    expect(result.rejected.map((r) => r.id)).toEqual(['XX-1']);
    expect(result.budgetsByCurrency).toEqual({ EUR: 1000 });
  });

  it('keeps cancelled and suspended activities as such', async () => {
    const xml = file(
      activity('C-5', '<recipient-country code="KE"/>').replace('code="2"', 'code="5"') +
        activity('S-6', '<recipient-country code="KE"/>').replace('code="2"', 'code="6"'),
    );
    expect((await importXml(xml)).projects.map((p) => p.status)).toEqual([
      'cancelled',
      'suspended',
    ]);
  });

  it('lists a status that contradicts the dates as a question on the record, status kept', async () => {
    const dated = (id: string, status: string, dates: string) =>
      activity(id, `<recipient-country code="KE"/>${dates}`).replace(
        '<activity-status code="2"/>',
        `<activity-status code="${status}"/>`,
      );
    const xml = file(
      dated('ENDED', '2', '<activity-date type="4" iso-date="2015-06-30"/>') +
        dated('NOT-ENDED', '4', '<activity-date type="3" iso-date="2099-12-31"/>') +
        dated('FINE', '2', '<activity-date type="3" iso-date="2099-12-31"/>'),
    );
    const result = await importXml(xml);
    expect(result.projects.map((p) => [p.id, p.status])).toEqual([
      ['ENDED', 'ongoing'],
      ['NOT-ENDED', 'completed'],
      ['FINE', 'ongoing'],
    ]);
    expect(result.flagged).toEqual([
      {
        index: 0,
        id: 'ENDED',
        reasons: [{ code: 'ongoing_but_ended', field: 'status', value: '2015-06-30' }],
      },
      {
        index: 1,
        id: 'NOT-ENDED',
        reasons: [{ code: 'completed_not_ended', field: 'status', value: '2099-12-31' }],
      },
    ]);
  });

  it('gives an activity with no budget, or budget-not-provided, a budget "not provided", never 0', async () => {
    const xml = file(
      activity('N-1', '<recipient-country code="KE"/>') +
        activity(
          'N-2',
          '<recipient-country code="KE"/>',
          'default-currency="USD" budget-not-provided="1"',
        ),
    );
    const result = await importXml(xml);
    expect(result.projects.map((p) => p.budgetUsd)).toEqual([undefined, undefined]);
    expect(result.totals).toMatchObject({ budgetUsd: 0, noBudget: 2 });
    expect(result.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['budget_none', 'budget_not_provided']),
    );
  });
});

describe('IATI budgets, property', () => {
  const period = fc.record({
    year: fc.integer({ min: 2005, max: 2024 }),
    quarter: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    amount: fc.integer({ min: 0, max: 5_000_000 }),
    currency: fc.constantFrom('USD', 'EUR', 'GBP', 'SEK'),
  });
  const ENDS = ['03-31', '06-30', '09-30', '12-31'];

  it('imports the sum over distinct budget periods, each converted once, whatever the element order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(period, { selector: (p) => `${p.year}|${p.quarter}`, maxLength: 8 }),
        fc.infiniteStream(fc.nat()),
        async (periods, shuffle) => {
          // The oracle: a year counts; a quarter counts only when its year has no budget.
          const years = new Set(periods.filter((p) => p.quarter === undefined).map((p) => p.year));
          let cents = 0;
          for (const p of periods) {
            if (p.quarter !== undefined && years.has(p.year)) continue;
            const c = toUsd(p.amount, p.currency, `${p.year}-01-01`);
            if (!c.ok) throw new Error('no rate');
            cents += Math.round(c.usd * 100);
          }
          const elements = periods.map((p) => {
            const start =
              p.quarter === undefined
                ? `${p.year}-01-01`
                : `${p.year}-${String(p.quarter * 3 + 1).padStart(2, '0')}-01`;
            const end =
              p.quarter === undefined ? `${p.year}-12-31` : `${p.year}-${ENDS[p.quarter]}`;
            return budget(p.amount, start, end, '', p.currency);
          });
          const order = elements
            .map((e, i) => ({ e, k: shuffle.next().value as number, i }))
            .sort((a, b) => a.k - b.k || a.i - b.i)
            .map((x) => x.e);
          const result = await importXml(
            file(activity('P-1', `<recipient-country code="KE"/>${order.join('')}`)),
          );
          expect(result.projects[0]?.budgetUsd).toBe(
            periods.length === 0 ? undefined : cents / 100,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
