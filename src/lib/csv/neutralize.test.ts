import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardText } from '@/test/project-arbitrary';
import { needsNeutralizing, neutralizeCell, unneutralizeCell } from './neutralize';

describe('formula neutralisation', () => {
  it.each([
    '=1+1',
    '+33 1 23',
    '-2',
    '@SUM(A1)',
    '\tx',
    '\rx',
    '\nx',
    '  =cmd',
    '\u00a0@x',
    '＝1',
    "'=x",
  ])('prefixes %j with a single quote', (cell) => {
    expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });

  it.each(['', 'Plain', "O'Brien", "'quoted", 'a=b', '1-2', ' x'])('leaves %j as it is', (cell) => {
    expect(neutralizeCell(cell)).toBe(cell);
  });

  it('is undone exactly by unneutralizeCell', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        expect(unneutralizeCell(neutralizeCell(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('never writes a cell a spreadsheet would evaluate', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        const cell = neutralizeCell(text);
        expect(cell).not.toMatch(/^[=+\-@\t\r\n\0]|^[ \u00a0\u3000]*[=+\-@＝＋－＠]/);
        expect(needsNeutralizing(text)).toBe(cell !== text);
      }),
      { numRuns: 500 },
    );
  });
});
