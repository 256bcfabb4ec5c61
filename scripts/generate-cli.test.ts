import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../backend/generator/generate-portfolio';
import { parseGenerateArgs, portfolioJsonChunks, UsageError } from './generate-cli';

describe('parseGenerateArgs', () => {
  it('reads every flag and applies the defaults', () => {
    expect(parseGenerateArgs([])).toEqual({
      count: 600,
      seed: 1,
      newsCount: 40,
      out: undefined,
      help: false,
    });
    expect(
      parseGenerateArgs(['--count', '100000', '--seed', '7', '--news', '5', '--out', 'x.json']),
    ).toEqual({
      count: 100000,
      seed: 7,
      newsCount: 5,
      out: 'x.json',
      help: false,
    });
    expect(parseGenerateArgs(['--count=1_000_000']).count).toBe(1_000_000);
    expect(parseGenerateArgs(['--help']).help).toBe(true);
    expect(parseGenerateArgs(['--seed=-3']).seed).toBe(-3);
  });

  it.each([
    [['--count', 'lots'], /--count must be an integer/],
    [['--count=-5'], /--count must be between/],
    [['--count', '2.5'], /--count must be an integer/],
    [['--seed', 'abc'], /--seed must be an integer/],
    [['--colour', 'red'], /Unknown option '--colour'/],
    [['--count'], /argument missing/],
    [['stray'], /Unexpected argument 'stray'/],
    [['--out', ' '], /--out needs a file name/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseGenerateArgs(argv)).toThrow(UsageError);
    expect(() => parseGenerateArgs(argv)).toThrow(message);
  });
});

describe('portfolioJsonChunks', () => {
  it.each([0, 1, 5, 4001])(
    'joins to exactly JSON.stringify of the portfolio (%i projects)',
    (count) => {
      const portfolio = generatePortfolio({ count, seed: 2, newsCount: 3 });
      expect([...portfolioJsonChunks(portfolio, 2000)].join('')).toBe(JSON.stringify(portfolio));
    },
  );
});
