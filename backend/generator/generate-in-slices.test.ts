import { describe, expect, it } from 'vitest';
import { generatePortfolio, generatePortfolioInSlices } from './generate-portfolio';

describe('generatePortfolioInSlices', () => {
  it('pauses after every slice and makes exactly the portfolio generatePortfolio makes', async () => {
    let pauses = 0;
    const sliced = await generatePortfolioInSlices(
      { count: 2_500, seed: 7 },
      {
        slice: 1_000,
        pause: () => {
          pauses++;
          return Promise.resolve();
        },
      },
    );
    expect(pauses).toBe(2);
    expect(JSON.stringify(sliced)).toBe(
      JSON.stringify(generatePortfolio({ count: 2_500, seed: 7 })),
    );
  });

  it('lets other tasks run between slices', async () => {
    const events: string[] = [];
    // A task queued before generation starts: it runs at the first pause, not after the end.
    setTimeout(() => events.push('other task'), 0);
    const generating = generatePortfolioInSlices({ count: 3_000 }, { slice: 1_000 }).then(() =>
      events.push('generated'),
    );
    await generating;
    expect(events).toEqual(['other task', 'generated']);
  });
});
