import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringSet } from './string-set';

describe('StringSet', () => {
  it('holds exactly the strings added, as a Set does, through every growth', () => {
    fc.assert(
      fc.property(
        // Few distinct characters and short strings: many repeats, and hashes that collide.
        fc.array(
          fc.oneof(
            fc.string({ unit: fc.constantFrom('a', 'b', 'é', '\u0000'), maxLength: 4 }),
            fc.string(),
          ),
          {
            maxLength: 400,
          },
        ),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 50 }),
        fc.nat({ max: 40 }),
        fc.nat({ max: 2_000 }),
        (added, asked, capacity, reserved) => {
          const set = new StringSet(capacity);
          const expected = new Set<string>();
          for (const [i, value] of added.entries()) {
            // Room made for more at some point: the strings already in stay found.
            if (i === added.length >> 1) set.reserve(reserved);
            expect(set.has(value)).toBe(expected.has(value));
            set.add(value);
            expected.add(value);
          }
          expect(set.size).toBe(expected.size);
          for (const value of [...added, ...asked])
            expect(set.has(value)).toBe(expected.has(value));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells a million project IDs apart', () => {
    const set = new StringSet();
    const id = (i: number) => `IB.${String(i).padStart(7, '0')}`;
    for (let i = 0; i < 1_000_000; i += 2) set.add(id(i));
    let found = 0;
    for (let i = 0; i < 1_000_000; i++) if (set.has(id(i))) found += i % 2 === 0 ? 1 : 1_000_000;
    expect([set.size, found]).toEqual([500_000, 500_000]);
  });
});
