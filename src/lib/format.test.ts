import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './format';

describe('formatPartialDate', () => {
  it('shows a date at its own precision in the language', () => {
    expect(formatPartialDate('2019', 'en')).toBe('2019');
    expect(formatPartialDate('2019-03-15', 'en')).toBe('15 March 2019');
    expect(formatPartialDate('2019-03', 'fr')).toBe('mars 2019');
  });

  it('keeps years 0000 to 0999 as written, never as 19xx', () => {
    for (const text of ['0050', '0001-03', '0099-12-31', '0000'])
      for (const lang of ['en', 'fr'] as const) expect(formatPartialDate(text, lang)).toBe(text);
  });
});
