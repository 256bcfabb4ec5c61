import { describe, expect, it, vi } from 'vitest';

const xml = (currency: string) =>
  new TextEncoder().encode(
    `<iati-activities version="2.03"><iati-activity default-currency="${currency}">` +
      `<iati-identifier>A-1</iati-identifier><title><narrative>A</narrative></title>` +
      `<activity-status code="2"/><activity-date type="2" iso-date="2014-01-01"/>` +
      `<recipient-country code="KE"/><budget><period-start iso-date="2014-01-01"/>` +
      `<period-end iso-date="2014-12-31"/><value>28871</value></budget></iati-activity></iati-activities>`,
  );

describe('the exchange-rate table', () => {
  it('is loaded only when a file has an amount in another currency than USD', async () => {
    // Fresh modules: nothing loaded the table yet.
    vi.resetModules();
    const { importFile } = await import('@/domain/import/import-file');
    const rates = await import('./annual-rates');
    const { toUsd } = await import('./convert');
    expect(() => toUsd(1, 'EUR', '2014')).toThrow(/not loaded/);
    // A US dollar amount needs no table.
    expect(toUsd(5, 'USD', '2014')).toMatchObject({ ok: true, usd: 5 });

    const usd = await importFile({ name: 'usd.xml', bytes: xml('USD'), lang: 'en' });
    expect(usd.ok && usd.projects[0]?.budgetUsd).toBe(28871);
    expect(() => rates.annualRates()).toThrow(/not loaded/);

    const eur = await importFile({ name: 'eur.xml', bytes: xml('EUR'), lang: 'en' });
    expect(eur.ok && eur.projects[0]?.budgetOriginal).toEqual([
      expect.objectContaining({ currency: 'EUR', amount: 28871, rateYear: 2014 }),
    ]);
    expect(rates.annualRates().has('EUR')).toBe(true);
  });

  it('is asked for by any currency attribute that is not USD', async () => {
    const { needsExchangeRates } = await import('@/domain/import/iati/parse-iati');
    expect(needsExchangeRates('<iati-activity default-currency="USD"><value>1</value>')).toBe(
      false,
    );
    expect(needsExchangeRates("<iati-activity default-currency='usd'>")).toBe(false);
    expect(needsExchangeRates('<value currency="EUR">1</value>')).toBe(true);
    expect(needsExchangeRates('<iati-activity default-currency = "gbp">')).toBe(true);
    expect(needsExchangeRates('<iati-activity><value>1</value></iati-activity>')).toBe(false);
  });
});
