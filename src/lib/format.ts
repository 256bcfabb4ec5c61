import { localeOf, type Language } from '@/domain/codes/languages';
import { parsePartialDate } from '@/domain/partial-date';
import en from '@/lib/i18n/locales/en.json';
import es from '@/lib/i18n/locales/es.json';
import fr from '@/lib/i18n/locales/fr.json';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** The BCP 47 locale used to format numbers and dates in a language. */
export { localeOf };

/** A whole number in the language's grouping: 12,345 / 12 345. */
export function formatNumber(value: number, lang: Language): string {
  return cached(
    `n:${lang}`,
    () => new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }),
  ).format(value);
}

/** An amount in US dollars, without cents: US$200,000 / 200 000 $US. */
export function formatUsd(value: number, lang: Language): string {
  return cached(
    `usd:${lang}`,
    () =>
      new Intl.NumberFormat(localeOf(lang), {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0,
      }),
  ).format(value);
}

/** A short amount for axes and tiles: US$1.2M / 1,2 M$US. */
export function formatUsdCompact(value: number, lang: Language): string {
  return cached(
    `usdc:${lang}`,
    () =>
      new Intl.NumberFormat(localeOf(lang), {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
        maximumFractionDigits: 1,
      }),
  ).format(value);
}

/** A share as a percentage: 12.5% / 12,5 %. */
export function formatPercent(ratio: number, lang: Language): string {
  return cached(
    `pct:${lang}`,
    () => new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 }),
  ).format(ratio);
}

/**
 * A partial ISO date at its own precision: "2019" stays a year, "2019-03" a month and year,
 * "2019-03-15" a full date, in the language's words and order.
 */
export function formatPartialDate(text: string | undefined, lang: Language): string {
  if (!text) return '';
  const parts = parsePartialDate(text);
  // A year before 1000 (`0050-03`) is shown as written: Date and Intl would make it 1950 or "50".
  if (!parts || parts.year < 1000) return text;
  if (parts.month === undefined) return String(parts.year);
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    parts.day === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return cached(
    `d:${lang}:${parts.day === undefined ? 'm' : 'd'}`,
    () => new Intl.DateTimeFormat(localeOf(lang), options),
  ).format(date);
}

const NOT_PROVIDED: Record<Language, string> = {
  en: en.money.notProvided,
  fr: fr.money.notProvided,
  es: es.money.notProvided,
};

/** A project's budget: the amount in US dollars, or "Not provided" when the source has none. */
export function formatBudget(value: number | undefined, lang: Language): string {
  return value === undefined ? NOT_PROVIDED[lang] : formatUsd(value, lang);
}

/** An amount in its own currency, without cents: €28,871 / 28 871 €. */
export function formatAmount(value: number, currency: string, lang: Language): string {
  try {
    return cached(
      `cur:${currency}:${lang}`,
      () =>
        new Intl.NumberFormat(localeOf(lang), {
          style: 'currency',
          currency,
          currencyDisplay: 'code',
          maximumFractionDigits: 0,
        }),
    ).format(value);
  } catch {
    return `${currency} ${formatNumber(value, lang)}`;
  }
}
