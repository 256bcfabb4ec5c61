import { describe, expect, it } from 'vitest';
import { describeImportNote } from '../notes';
import { parseIatiActivities, type IatiParseResult } from './parse-iati';
import { importFile } from '../import-file';
import { loadAnnualRates, toUsd } from '@/domain/money/convert';

// The rate table loads on demand; these tests parse directly, so it is loaded once here.
await loadAnnualRates();

const activity = (body: string, attrs = '') => `<iati-activity ${attrs}>${body}</iati-activity>`;
const dates = (start: string, end?: string, actual = true) =>
  `<activity-date type="${actual ? 2 : 1}" iso-date="${start}"/>` +
  (end ? `<activity-date type="${actual ? 4 : 3}" iso-date="${end}"/>` : '');
const budget = (
  value: string,
  {
    type = '1',
    start = '2019-01-01',
    end = '2019-12-31',
    currency,
  }: { type?: string; start?: string; end?: string; currency?: string } = {},
) =>
  `<budget type="${type}"><period-start iso-date="${start}"/><period-end iso-date="${end}"/><value${currency ? ` currency="${currency}"` : ''}>${value}</value></budget>`;

const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" xml:lang="fr">
${activity(
  `<iati-identifier>XM-DAC-47066-RR.0083</iati-identifier><reporting-org ref="XM-DAC-47066"/>
   <title><narrative>Retour en Chine</narrative><narrative xml:lang="en">Return to China</narrative></title>
   <activity-status code="4"/>${dates('2019', '2023-12-31')}<recipient-country code="CN"/>
   ${budget('100000', { currency: 'USD' })}${budget('120000', { type: '2', currency: 'USD' })}${budget('80000', { start: '2020-01-01', end: '2020-12-31' })}`,
  'default-currency="USD"',
)}
${activity(
  `<iati-identifier>B-1</iati-identifier><title><narrative>Migration policy</narrative></title>
   <activity-status code="5"/>${dates('2020-02-01', '2021-01-31', false)}<recipient-country code="KE"/><recipient-country code="UG"/>
   <sector code="15190"/>${budget('50000', { currency: 'EUR' })}${budget('10000', { currency: 'USD', start: '2020-01-01' })}`,
)}
${activity(
  `<iati-identifier>C-1</iati-identifier><title><narrative>Unknown status</narrative></title>
   <activity-status code="9"/>${dates('2021')}<recipient-country code="CN"/><recipient-country code="KE"/><recipient-country code="QQ"/>
   ${budget('5000')}`,
)}
${activity(
  `<iati-identifier>D-1</iati-identifier><title><narrative>Worldwide</narrative></title>
   <activity-status code="2"/>${dates('2022-06')}<recipient-region code="998"/><sector code="72010"/>${budget('7000', { currency: 'EUR' })}`,
)}
</iati-activities>`;

function parse(xml: string): IatiParseResult {
  const result = parseIatiActivities(xml, 'en', { today: '2026-11-30' });
  if ('error' in result) throw new Error(result.error.message);
  return result;
}

describe('IATI activity mapping', () => {
  const result = parse(FILE);
  const [a, b, c, d] = result.records;
  const notesOf = (id: string) => result.notes.filter((n) => n.id === id).map((n) => n.code);

  it('maps an IOM activity: type from its id prefix, actual dates, revised budget over the original', () => {
    expect(a).toMatchObject({
      id: 'XM-DAC-47066-RR.0083',
      title: 'Return to China',
      status: 'completed',
      type: 'avrr',
      startDate: '2019',
      endDate: '2023-12-31',
      year: 2019,
      countries: ['CN'],
      region: 'asia-oceania',
      coverage: 'national',
      budgetUsd: 200000,
    });
    expect(notesOf('XM-DAC-47066-RR.0083')).toEqual(['budget_original_superseded']);
  });

  it('converts an EUR budget at its period’s annual rate, keeps the original, and keeps status cancelled', () => {
    expect(b).toMatchObject({
      status: 'cancelled',
      type: 'dac-151', // DAC 15190 → category 151, Government and civil society
      startDate: '2020-02-01',
      endDate: '2021-01-31',
      region: 'africa',
      coverage: 'regional',
    });
    const rate = toUsd(50000, 'EUR', '2019-01-01');
    if (!rate.ok) throw new Error('no EUR rate for 2019');
    expect(b?.budgetUsd).toBe(rate.usd);
    expect(b?.budgetOriginal).toEqual([
      { amount: 50000, currency: 'EUR', rateYear: 2019, usd: rate.usd },
    ]);
    expect(notesOf('B-1')).toEqual([
      'title_language',
      'date_planned',
      'date_planned',
      'budget_converted',
      'budget_invalid', // its period ends before it starts
    ]);
  });

  it('reports unknown statuses and countries, mixed regions, and a budget with no currency as a reason', () => {
    expect(c).toMatchObject({
      status: undefined,
      countries: ['CN', 'KE'],
      region: 'global',
      coverage: 'global',
      type: 'other',
      budgetUnconverted: '5000 XXX',
    });
    expect(c?.budgetUsd).toBeUndefined();
    expect(notesOf('C-1')).toEqual([
      'title_language',
      'status_unknown',
      'country_unknown',
      'region_several',
      'type_other',
      'budget_currency_missing',
    ]);
  });

  it('maps DAC region 998 to a global activity', () => {
    expect(d).toMatchObject({ region: 'global', coverage: 'global', countries: [] });
    expect(d?.budgetOriginal).toEqual([
      expect.objectContaining({ currency: 'EUR', amount: 7000, rateYear: 2019 }),
    ]); // its period starts in 2019
  });

  it('counts budgets per original currency as it counted them', () => {
    expect(result.budgetsByCurrency).toEqual({ USD: 200000, EUR: 57000, XXX: 5000 });
  });

  it('rejects what cannot be a project, with reasons, and keeps the rest', async () => {
    const outcome = await importFile({
      name: 'a.xml',
      bytes: new TextEncoder().encode(FILE),
      lang: 'fr',
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.projects.map((p) => p.id)).toEqual(['XM-DAC-47066-RR.0083', 'B-1', 'D-1']);
    expect(outcome.projects[0]?.title).toBe('Retour en Chine'); // French requested, French is the file's default
    expect(
      outcome.rejected.map((r) => [r.id, r.reasons.map((x) => `${x.code}:${x.field}`)]),
    ).toEqual([['C-1', ['missing:status', 'no_exchange_rate:budgetUsd']]]);
    expect(outcome.totals).toMatchObject({ records: 4, accepted: 3, rejected: 1, converted: 2 });
    expect(outcome.totals.budgetUsd).toBeCloseTo(
      200000 + (b?.budgetUsd as number) + (d?.budgetUsd as number),
      2,
    );
  });

  it('describes a conversion in English and French', () => {
    const note = result.notes.find((n) => n.code === 'budget_converted' && n.id === 'B-1')!;
    expect(describeImportNote(note, 'en')).toMatch(
      /^B-1: Budget of EUR\s50,000 converted at the 2019 average rate: US\$5\d,\d{3}$/,
    );
    const fr = describeImportNote(note, 'fr');
    expect(fr).toMatch(/^B-1: Budget de 50\s000\sEUR converti au taux moyen de 2019 : /);
    expect(fr).toMatch(/\$US$/);
  });

  it('reads a bare <iati-activity> root and refuses XML that is not IATI', () => {
    expect(parse(activity('<iati-identifier>X</iati-identifier>')).records).toHaveLength(1);
    expect(parseIatiActivities('<project/>', 'en')).toMatchObject({ error: { code: 'not_iati' } });
    expect(parseIatiActivities('<iati-activities version="2.03"/>', 'en')).toMatchObject({
      error: { code: 'no_records' },
    });
  });
});
