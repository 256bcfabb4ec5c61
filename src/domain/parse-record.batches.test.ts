import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectSummaryArbitrary } from '@/test/engine-arbitraries';
import { createSummaryValidator, parseProjectSummaries } from './parse-record';

/** Valid projects, repeated ones (duplicate ids) and broken records, in any order. */
const records = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: projectSummaryArbitrary },
    { weight: 1, arbitrary: projectSummaryArbitrary.map((p) => ({ ...p, id: 'AV.0001' })) },
    { weight: 1, arbitrary: fc.jsonValue() },
  ),
  { maxLength: 60 },
);

describe('createSummaryValidator', () => {
  it('gives, batch by batch, exactly what parseProjectSummaries gives for the whole', () => {
    fc.assert(
      fc.property(records, fc.array(fc.nat(60), { maxLength: 6 }), (inputs, cuts) => {
        const bounds = [
          0,
          ...cuts.map((c) => c % (inputs.length + 1)).sort((a, b) => a - b),
          inputs.length,
        ];
        const validator = createSummaryValidator('2026-10-31');
        for (let i = 1; i < bounds.length; i++)
          validator.add(inputs.slice(bounds[i - 1], bounds[i]));
        expect(validator.result()).toEqual(parseProjectSummaries(inputs, '2026-10-31'));
      }),
      { numRuns: 300 },
    );
  });
});
