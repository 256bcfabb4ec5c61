import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, localeOf } from '@/domain/codes/languages';
import { formatNumber, formatUsd, formatUsdCompact } from './format';
import { parseAmount } from './parse-amount';

const EN = 'en-GB';
const FR = 'fr-FR';
const ES = 'es-ES';

const read = (text: string, locale: string) => {
  const reading = parseAmount(text, locale);
  return reading.ok ? reading.value : reading.reason;
};

describe('parseAmount', () => {
  it('reads amounts as an English speaker types them', () => {
    const cases: [string, number][] = [
      ['200000', 200_000],
      ['200,000', 200_000],
      ['$200,000', 200_000],
      ['US$200,000', 200_000],
      ['200 000', 200_000],
      ['200k', 200_000],
      ['200 K', 200_000],
      ['1.5M', 1_500_000],
      ['1,5 M', 1_500_000],
      ['1.1m', 1_100_000],
      ['2bn', 2_000_000_000],
      ['1,234,567.5', 1_234_567.5],
      ['USD 250', 250],
      ['0', 0],
    ];
    for (const [text, value] of cases) expect(read(text, EN), text).toBe(value);
  });

  it('reads amounts as a French speaker types them', () => {
    const cases: [string, number][] = [
      ['200 000', 200_000],
      ['200\u202f000', 200_000],
      ['200.000', 200_000],
      ['1,5 M', 1_500_000],
      ['1,5 M$US', 1_500_000],
      ['1 234,50 $US', 1_234.5],
      ['200k', 200_000],
      ['2,3 Md', 2_300_000_000],
      ['1.234.567,5', 1_234_567.5],
      ['1,5', 1.5],
    ];
    for (const [text, value] of cases) expect(read(text, FR), text).toBe(value);
  });

  it('reads amounts as a Spanish speaker types them', () => {
    const cases: [string, number][] = [
      ['200.000', 200_000],
      ['200 000', 200_000],
      ['200.000 US$', 200_000],
      ['1,5 M', 1_500_000],
      ['200 mil', 200_000],
      ['2,5 mil M', 2_500_000_000],
      ['1,2 mil US$', 1_200],
      ['200k', 200_000],
      ['2,5', 2.5],
    ];
    for (const [text, value] of cases) expect(read(text, ES), text).toBe(value);
  });

  it('names what it cannot read instead of guessing', () => {
    for (const locale of [EN, FR, ES]) {
      for (const text of ['', 'abc', '12 apples', '1.2.3.4,5,6', '200 zillion', '1,2,3'])
        expect(read(text, locale), `${text} in ${locale}`).toBe('unreadable');
      expect(read('-200', locale)).toBe('negative');
      expect(read('−1,5 M', locale)).toBe('negative');
    }
  });

  describe('gives back what the formatter wrote', () => {
    for (const lang of LANGUAGES) {
      const locale = localeOf(lang);
      it(`whole numbers and dollars in ${lang}`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (value) => {
            expect(read(formatNumber(value, lang), locale)).toBe(value);
            expect(read(formatUsd(value, lang), locale)).toBe(value);
          }),
        );
      });

      it(`short amounts in ${lang} (the number the short form shows)`, () => {
        fc.assert(
          fc.property(
            fc.integer({ min: 1, max: 9999 }),
            fc.constantFrom(3, 6, 9),
            (mantissa, power) => {
              // A number the short form writes exactly: up to one decimal of its scale.
              const value = (mantissa * 10 ** power) / 10;
              expect(read(formatUsdCompact(value, lang), locale)).toBe(value);
            },
          ),
        );
      });
    }
  });
});
