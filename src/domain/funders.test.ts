import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundedByAny, funderNames, funderParts } from './funders';
import type { Funder } from './project';

const funder: fc.Arbitrary<Funder> = fc
  .record({
    name: fc.constantFrom('Germany', 'Sweden', 'Sida', 'Canada', 'XM-DAC-5'),
    ref: fc.option(fc.constantFrom('XM-DAC-5', 'XM-DAC-10', 'XM-DAC-301'), { nil: undefined }),
    share: fc.option(
      fc.integer({ min: 1, max: 100 }).map((p) => p / 100),
      { nil: undefined },
    ),
  })
  .map(({ ref, share, ...f }) => ({
    ...f,
    ...(ref === undefined ? {} : { ref }),
    ...(share === undefined ? {} : { share }),
  }));
const budget = fc.integer({ min: 0, max: 50_000_000 }).map((c) => c / 100);

describe('funderParts', () => {
  it('splits any budget among the funders so that the parts sum to the budget', () => {
    fc.assert(
      fc.property(fc.array(funder, { minLength: 1, maxLength: 5 }), budget, (funders, amount) => {
        const parts = funderParts(funders);
        const sum = parts.reduce((s, p) => s + amount * p.share, 0);
        expect(sum).toBeCloseTo(amount, 6);
        expect(new Set(parts.map((p) => p.key)).size).toBe(parts.length);
        for (const p of parts) expect(p.share).toBeGreaterThan(0);
      }),
    );
  });

  it('gives a lone funder the whole budget, whatever share it states', () => {
    for (const share of [undefined, 0.4, 1, 0])
      expect(
        funderParts([
          { name: 'Sida', ref: 'XM-DAC-10', ...(share === undefined ? {} : { share }) },
        ]),
      ).toEqual([{ key: 'XM-DAC-10', name: 'Sida', share: 1 }]);
    expect(funderParts([{ name: 'Canada' }])).toEqual([
      { key: 'Canada', name: 'Canada', share: 1 },
    ]);
  });

  it('splits by the stated shares when every funder states one, scaled to 100 %', () => {
    const parts = funderParts([
      { name: 'Germany', ref: 'XM-DAC-5', share: 0.6 },
      { name: 'Sweden', ref: 'XM-DAC-10', share: 0.2 },
    ]);
    expect(parts.map((p) => p.key)).toEqual(['XM-DAC-5', 'XM-DAC-10']);
    expect(parts[0]!.share).toBeCloseTo(0.75, 12);
    expect(parts[1]!.share).toBeCloseTo(0.25, 12);
  });

  it('splits equally when a share is missing, and counts a funder listed twice once', () => {
    expect(
      funderParts([
        { name: 'Germany', ref: 'XM-DAC-5', share: 0.6 },
        { name: 'Sweden' },
        { name: 'BMZ', ref: 'XM-DAC-5' },
      ]).map((p) => [p.key, p.name, p.share]),
    ).toEqual([
      ['XM-DAC-5', 'Germany', 0.5],
      ['Sweden', 'Sweden', 0.5],
    ]);
  });

  it('gives nothing for a project without funders', () => {
    expect(funderParts(undefined)).toEqual([]);
    expect(funderParts([])).toEqual([]);
  });
});

describe('fundedByAny and funderNames', () => {
  const project = { funders: [{ name: 'Germany', ref: 'XM-DAC-5' }, { name: 'Sweden' }] };
  it('matches a funder by its ref or by its name', () => {
    expect(fundedByAny(project as never, ['XM-DAC-5'])).toBe(true);
    expect(fundedByAny(project as never, ['Germany'])).toBe(true);
    expect(fundedByAny(project as never, ['Sweden'])).toBe(true);
    expect(fundedByAny(project as never, ['Norway'])).toBe(false);
    expect(fundedByAny({} as never, ['Germany'])).toBe(false);
  });

  it('names each funder key by the first name it goes by', () => {
    const names = funderNames([project, { funders: [{ name: 'BMZ', ref: 'XM-DAC-5' }] }] as never);
    expect([...names]).toEqual([
      ['XM-DAC-5', 'Germany'],
      ['Sweden', 'Sweden'],
    ]);
  });
});
