import { describe, expect, it } from 'vitest';
import { catchRegistrationUpdateRace } from './browser';

describe('the mock API in the browser', () => {
  it('catches the rejected update of a registration replaced by a quick reload', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const proto = {
        update: () => Promise.reject(new DOMException('The object is in an invalid state.')),
      };
      catchRegistrationUpdateRace(proto);
      catchRegistrationUpdateRace(proto);
      // As MSW calls it: without waiting for or handling the promise.
      void proto.update();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rejections).toEqual([]);
      // A caller that waits still hears of the failure.
      await expect(proto.update()).rejects.toThrow('invalid state');
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

describe('the mock portfolio in the browser', () => {
  it('is made in slices before the first request, then served as made', async () => {
    const { configureMockPortfolio, getMockPortfolio, prepareMockPortfolio, resetMockPortfolio } =
      await import('./data/portfolio');
    try {
      configureMockPortfolio({ count: 25_000, seed: 3 });
      let pauses = 0;
      const prepared = await prepareMockPortfolio(() => {
        pauses++;
        return Promise.resolve();
      });
      expect(pauses).toBeGreaterThanOrEqual(2);
      expect(prepared.projects).toHaveLength(25_000);
      // The handlers read the same object: nothing is generated again on the main thread.
      expect(getMockPortfolio()).toBe(prepared);
      expect(await prepareMockPortfolio()).toBe(prepared);
    } finally {
      resetMockPortfolio();
    }
  });
});
