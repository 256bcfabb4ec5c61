/**
 * Reads an amount as people type it, in the conventions of a locale: "200k", "1,5 M",
 * "200 000", "200.000" (French or Spanish grouping), "$200,000", "US$1.2M", "1 234,50 $US".
 * Framework-free; the locale's separators and short scale words come from Intl, so a new
 * interface language needs nothing here.
 */

export type AmountReading =
  { ok: true; value: number } | { ok: false; reason: 'unreadable' | 'negative' };

interface LocaleSigns {
  decimal: string;
  /** Lower-cased suffix → power of ten (k → 3, M → 6, the locale's own compact words too). */
  suffixes: Map<string, number>;
}

/** Suffixes understood in every locale; "m" is the English-press million (£5m). */
const COMMON_SUFFIXES: [string, number][] = [
  ['k', 3],
  ['m', 6],
  ['mn', 6],
  ['mio', 6],
  ['bn', 9],
];

/** Currency words and signs an amount in US dollars may carry, longest first. */
const CURRENCY = /us\s*\$|\$\s*us|usd|\$|us(?![a-z])/giu;

const signsCache = new Map<string, LocaleSigns>();

function signsOf(locale: string): LocaleSigns {
  const known = signsCache.get(locale);
  if (known) return known;
  const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  // The locale's own words first: "Bn" is a billion in English but 10^12 in French.
  const suffixes = new Map<string, number>();
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'short' });
  for (const power of [3, 6, 9, 12]) {
    const word = compact
      .formatToParts(10 ** power)
      .filter((p) => p.type === 'compact')
      .map((p) => p.value)
      .join('')
      .trim()
      .toLowerCase();
    // Spanish writes a thousand million as "1000 M": the word is already the million's.
    if (word && !suffixes.has(word)) suffixes.set(word, power);
  }
  for (const [word, power] of COMMON_SUFFIXES) if (!suffixes.has(word)) suffixes.set(word, power);
  const signs = { decimal, suffixes };
  signsCache.set(locale, signs);
  return signs;
}

/** Spaces of every width, as French and Spanish group digits with them. */
const SPACES = /[\s\u00a0\u202f\u2009]/gu;

/** True when `digits` split on `sep` is a valid grouping: 1–3 digits, then groups of exactly 3. */
function isGrouping(digits: string, sep: string): boolean {
  const groups = digits.split(sep);
  return (
    groups.length > 1 &&
    /^\d{1,3}$/u.test(groups[0]!) &&
    groups.slice(1).every((g) => /^\d{3}$/u.test(g))
  );
}

/**
 * The number written with digits, "." and ",": returns [whole digits, fraction digits], or
 * undefined when the separators cannot be read one way.
 */
function splitNumber(text: string, decimal: string): [string, string] | undefined {
  if (!/^\d[\d.,]*$/u.test(text) && !/^[.,]\d+$/u.test(text)) return undefined;
  const hasDot = text.includes('.');
  const hasComma = text.includes(',');
  if (!hasDot && !hasComma) return [text, ''];
  if (hasDot && hasComma) {
    // Both: the last one written is the decimal mark, the other groups the digits.
    const mark = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = mark === '.' ? ',' : '.';
    const at = text.lastIndexOf(mark);
    const whole = text.slice(0, at);
    const fraction = text.slice(at + 1);
    if (fraction.includes(group) || !isGrouping(whole, group)) return undefined;
    return [whole.split(group).join(''), fraction];
  }
  const sep = hasDot ? '.' : ',';
  const count = text.split(sep).length - 1;
  if (sep === decimal) {
    // The locale's decimal mark: once is a fraction; several are only read as grouping.
    if (count === 1) {
      const [whole = '', fraction = ''] = text.split(sep);
      return [whole, fraction];
    }
    return isGrouping(text, sep) ? [text.split(sep).join(''), ''] : undefined;
  }
  // The other mark: groups of three are grouping ("200.000" in French); once otherwise is a
  // decimal mark typed the other language's way ("1.5 M" in French).
  if (isGrouping(text, sep)) return [text.split(sep).join(''), ''];
  if (count === 1) {
    const [whole = '', fraction = ''] = text.split(sep);
    return [whole, fraction];
  }
  return undefined;
}

/** A suffix's power of ten; words in a row multiply (Spanish "mil M" is a thousand million). */
function suffixPower(word: string, suffixes: Map<string, number>): number | undefined {
  const whole = suffixes.get(word);
  if (whole !== undefined) return whole;
  const words = word.split(/\s+/u);
  if (words.length < 2) return undefined;
  let power = 0;
  for (const w of words) {
    const p = suffixes.get(w);
    if (p === undefined) return undefined;
    power += p;
  }
  return power;
}

/** Reads a typed amount in a BCP 47 locale's conventions. A blank text is not an amount. */
export function parseAmount(text: string, locale: string): AmountReading {
  const { decimal, suffixes } = signsOf(locale);
  let rest = text.replace(CURRENCY, ' ').trim();
  let negative = false;
  if (/^[-\u2212]/u.test(rest)) {
    negative = true;
    rest = rest.slice(1).trim();
  }
  let power = 0;
  const suffix = /^([\d.,\s\u00a0\u202f\u2009]*\d[\d.,]*)\s*([^\d\s.,]+(?:\s+[^\d\s.,]+)*)$/u.exec(
    rest,
  );
  if (suffix) {
    const found = suffixPower(suffix[2]!.toLowerCase(), suffixes);
    if (found === undefined) return { ok: false, reason: 'unreadable' };
    power = found;
    rest = suffix[1]!;
  }
  const parts = splitNumber(rest.replace(SPACES, ''), decimal);
  if (!parts) return { ok: false, reason: 'unreadable' };
  const [whole, fraction] = parts;
  // Shift the decimal point in the text, so 1.1 M is exactly 1,100,000.
  const value = Number(`${whole || '0'}.${fraction || '0'}e${power}`);
  if (!Number.isFinite(value)) return { ok: false, reason: 'unreadable' };
  if (negative && value !== 0) return { ok: false, reason: 'negative' };
  return { ok: true, value };
}
