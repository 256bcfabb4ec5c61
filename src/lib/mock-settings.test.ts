import { describe, expect, it } from 'vitest';
import { MAX_MOCK_COUNT, mockSettings } from './mock-settings';

const PRODUCTION = { dev: false, demo: false, mocksOff: false };
const DEMO = { dev: false, demo: true, mocksOff: false };
const DEV = { dev: true, demo: false, mocksOff: false };
const HOSTILE = '?mock=server-error&mockCount=1000000000';

describe('mock settings', () => {
  it('a production build runs no mock API and reads nothing from the address', () => {
    expect(mockSettings(PRODUCTION, HOSTILE)).toBeUndefined();
    expect(mockSettings(PRODUCTION, '?mock=invalid-records', { count: '50' })).toBeUndefined();
  });

  it('the demo build and development read the scenario and a capped size from the address', () => {
    for (const build of [DEMO, DEV]) {
      expect(mockSettings(build, HOSTILE)).toEqual({
        scenario: 'server-error',
        count: MAX_MOCK_COUNT,
        seed: undefined,
      });
    }
    expect(mockSettings(DEMO, '?mockCount=100000', { seed: '7' })).toEqual({
      scenario: undefined,
      count: 100_000,
      seed: 7,
    });
  });

  it('ignores sizes that are not whole numbers, and a real API turns the mock API off', () => {
    for (const count of ['-5', '1e9', 'Infinity', '0', '12.5', ''])
      expect(mockSettings(DEV, `?mockCount=${count}`)?.count).toBeUndefined();
    expect(mockSettings({ ...DEMO, mocksOff: true }, HOSTILE)).toBeUndefined();
  });
});
