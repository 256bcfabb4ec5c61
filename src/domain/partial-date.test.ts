import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay, lastDay, parsePartialDate } from './partial-date';

/** The calendar according to Date, the oracle for month lengths and leap years. */
const realDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
const pad = (n: number) => String(n).padStart(2, '0');

describe('parsePartialDate', () => {
  it('accepts exactly the real calendar days, the same on every call', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${pad(m)}-${pad(d)}`;
          const expected =
            m >= 1 && m <= 12 && realDay(y, m, d) ? { year: y, month: m, day: d } : undefined;
          expect(parsePartialDate(text)).toEqual(expected);
          expect(parsePartialDate(text)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('knows leap years, and year-only and year-month dates span their whole period', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2100-02-29')).toBeUndefined();
    expect(parsePartialDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(lastDay('2024-02')).toBe(firstDay('2024-02-29'));
    expect(lastDay('2023')).toBe(firstDay('2023-12-31'));
    expect(parsePartialDate('2019-13')).toBeUndefined();
    expect(parsePartialDate('19')).toBeUndefined();
  });

  it('hands out results that cannot be changed by a caller', () => {
    const parts = parsePartialDate('2019-03-15')!;
    expect(() => ((parts as { year: number }).year = 1)).toThrow();
    expect(parsePartialDate('2019-03-15')).toEqual({ year: 2019, month: 3, day: 15 });
  });
});

describe('years 0000 to 0099', () => {
  it('are counted as written, not as 1900 to 1999', () => {
    const utcDay = (year: number, month: number, day: number) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month, day);
      return date.getTime() / 86_400_000;
    };
    expect(firstDay('0050')).toBe(utcDay(50, 0, 1));
    expect(lastDay('0050')).toBe(utcDay(50, 11, 31));
    expect(lastDay('0004-02')).toBe(utcDay(4, 1, 29));
    expect(firstDay('0000-03-01')).toBe(utcDay(0, 2, 1));
    expect(lastDay('0099-12-31')).toBeLessThan(firstDay('0100'));
  });
});
