import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnnualRates, toUsd } from '@/domain/money/convert';
import { describeImportNote } from '../notes';
import { parseIatiActivities } from './parse-iati';

// Conversions other than USD need the rate table, which loads on demand.
beforeAll(() => loadAnnualRates());

const FILE = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
  <iati-activity default-currency="EUR">
    <iati-identifier>XM-DAC-47066-T.0001</iati-identifier>
    <title><narrative>Labour migration</narrative></title>
    <activity-status code="2"/><activity-date type="2" iso-date="2019-01-01"/>
    <recipient-country code="KE"/>
    <participating-org role="1" ref="XM-DAC-5"><narrative>Germany</narrative></participating-org>
    <participating-org role="1"><narrative>Fondation Côte</narrative></participating-org>
    <participating-org role="4" ref="XM-DAC-47066"><narrative>IOM</narrative></participating-org>
    <budget type="1"><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/><value currency="USD">300000</value></budget>
    <transaction><transaction-type code="2"/><transaction-date iso-date="2019-01-10"/><value currency="USD" value-date="2019-01-10">300000</value></transaction>
    <transaction><transaction-type code="3"/><transaction-date iso-date="2019-02-01"/><value value-date="2019-02-01">100000</value></transaction>
    <transaction><transaction-type code="4"/><transaction-date iso-date="2019-06-30"/><value currency="USD" value-date="2019-06-30">40000</value></transaction>
    <transaction><transaction-type code="4"/><transaction-date iso-date="2020-03-31"/><value currency="USD" value-date="2020-03-31">50000</value></transaction>
    <transaction><transaction-type code="4"/><transaction-date iso-date="2020-04-30"/><value currency="XXQ" value-date="2020-04-30">7</value></transaction>
  </iati-activity>
</iati-activities>`;

describe('IATI funders and transactions', () => {
  it('reads funding organisations and sums commitments, disbursements and expenditure in USD', () => {
    const result = parseIatiActivities(FILE, 'en');
    if ('error' in result) throw new Error(result.error.message);
    const record = result.records[0]!;
    const eur = toUsd(100000, 'EUR', '2019-02-01');
    if (!eur.ok) throw new Error('no EUR rate for 2019');
    expect(record.funders).toEqual([
      { name: 'Germany', ref: 'XM-DAC-5' },
      { name: 'Fondation Côte' },
    ]);
    expect(record.committedUsd).toBe(300000);
    expect(record.disbursedUsd).toBe(eur.usd);
    expect(record.spentUsd).toBe(90000);
    expect(record.spendingByYear).toEqual([
      { year: 2019, disbursedUsd: eur.usd, spentUsd: 40000 },
      { year: 2020, disbursedUsd: 0, spentUsd: 50000 },
    ]);
  });

  it('states the sums found per transaction type, and each transaction it could not convert', () => {
    const result = parseIatiActivities(FILE, 'en');
    if ('error' in result) throw new Error(result.error.message);
    const eur = toUsd(100000, 'EUR', '2019-02-01');
    if (!eur.ok) throw new Error('no EUR rate for 2019');
    const found = result.notes.find((n) => n.code === 'transactions_found');
    expect(found?.value).toBe(`commitment=300000;disbursement=${eur.usd};expenditure=90000`);
    const usd = (n: number) => `US$${Math.round(n).toLocaleString('en-GB')}`;
    expect(describeImportNote(found!, 'en')).toBe(
      `Transactions found, in USD: commitments US$300,000, disbursements ${usd(eur.usd)}, expenditure US$90,000`,
    );
    expect(describeImportNote(found!, 'fr')).toMatch(
      /^Transactions trouvées, en USD : engagements 300\u202f000\u00a0\$US, décaissements .+, dépenses 90\u202f000\u00a0\$US$/,
    );
    const unconverted = result.notes.filter((n) => n.code === 'transaction_unconverted');
    expect(unconverted.map((n) => n.value)).toEqual(['7 XXQ 2020-04-30']);
  });
});
