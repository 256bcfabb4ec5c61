import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from './generate-portfolio';

/*
 * The generator's output pinned by a digest of its JSON: a faster generator must give the very
 * same portfolio for the same options (the demo's data, the benchmark's and every test's). A
 * change of output on purpose changes these digests, and says so in its commit.
 */

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('the generated portfolio, pinned', () => {
  it('gives the same projects and news as before for a given seed and count', () => {
    expect(digest(generatePortfolio({ count: 20_000, seed: 1 }))).toBe(
      '38aa5ddc21f7feb585b0c8ee752e8e3278d3f770780228ccb01b0ccf0a129043',
    );
    expect(digest(generatePortfolio({ count: 3_000, seed: 11, newsCount: 12 }))).toBe(
      '03d67b4db23e35257c31f19620a62dc4162510b069c2aa8017bda9b2965d16c7',
    );
  });
});
