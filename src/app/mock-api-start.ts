import { MOCK_BUILD, mockSettings, type MockSettings } from '@/lib/mock-settings';
import type { MockApiWorker } from '../../mocks/off-thread';
import { startMockApiWorker } from '../../mocks/start-worker';

/**
 * The mock API's Worker, started while this module is evaluated: main.tsx imports it first, so
 * the Worker's script is requested and the portfolio generated before the rest of the app's code
 * is even evaluated (and before the screens' chunks and MSW's compete for the connections).
 * Undefined where the mock API does not run (see mockSettings).
 */
export const mockApiStart: { settings: MockSettings; worker: MockApiWorker } | undefined = (() => {
  const settings = mockSettings(MOCK_BUILD, window.location.search, {
    count: import.meta.env.VITE_MOCK_COUNT,
    seed: import.meta.env.VITE_MOCK_SEED,
  });
  return settings && { settings, worker: startMockApiWorker(settings) };
})();
