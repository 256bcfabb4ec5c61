import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPortfolioGenerator } from '@backend/generator/generate-portfolio';
import { GeneratedColumns } from './generated-columns';

/*
 * The mock API's column pages of a generated portfolio pinned by a digest of their JSON: a
 * faster generator or column store must cut the very same pages for the same options.
 */

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('the column pages of a generated portfolio, pinned', () => {
  it('are the same as before, whatever capacity the columns were made with', () => {
    for (const capacity of [undefined, 10, 25_000]) {
      const store = new GeneratedColumns(capacity);
      const generator = createPortfolioGenerator({ count: 25_000, seed: 5 }, store);
      generator.generate(25_000);
      const pages = [0, 10_000, 20_000].map((from) => store.page(from, from + 10_000));
      expect(digest(pages)).toBe(
        '2f8c2d2849f5d1c9682f72a04d2542caf6e756b78d9fc51d684acfaccf151bea',
      );
    }
  });
});
