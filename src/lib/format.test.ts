import { describe, expect, it } from 'vitest';
import { formatAmount, formatNumber, formatPartialDate, formatPercent, formatUsd } from './format';

describe('Spanish formats', () => {
  it('writes numbers, money and percentages as Spain does', () => {
    // Intl's Spanish: "." groups thousands from five digits on, "," marks decimals, NBSP before units.
    expect(formatNumber(12345, 'es')).toBe('12.345');
    expect(formatUsd(200000, 'es')).toBe('200.000\u00a0US$');
    expect(formatPercent(0.125, 'es')).toBe('12,5\u00a0%');
    expect(formatAmount(28871, 'EUR', 'es')).toBe('28.871\u00a0EUR');
  });

  it('writes dates with Spanish month names', () => {
    expect(formatPartialDate('2019-03', 'es')).toBe('marzo de 2019');
    expect(formatPartialDate('2019-03-15', 'es')).toBe('15 de marzo de 2019');
  });
});

describe('formatPartialDate', () => {
  it('shows a date at its own precision in the language', () => {
    expect(formatPartialDate('2019', 'en')).toBe('2019');
    expect(formatPartialDate('2019-03-15', 'en')).toBe('15 March 2019');
    expect(formatPartialDate('2019-03', 'fr')).toBe('mars 2019');
  });

  it('keeps years 0000 to 0999 as written, never as 19xx', () => {
    for (const text of ['0050', '0001-03', '0099-12-31', '0000'])
      for (const lang of ['en', 'fr', 'es'] as const)
        expect(formatPartialDate(text, lang)).toBe(text);
  });
});
