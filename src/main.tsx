import './lib/zod-config';
// First: starts the mock API's Worker before the rest of the app is evaluated.
import { mockApiStart } from './app/mock-api-start';
// Second: requests the first screen's chunks alongside the rest of the app's code.
import { firstScreen } from './app/route-preload';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { StartupError } from './app/startup-error';
import { isChunkLoadError } from './lib/chunk-error';
import { i18n } from './hooks/i18n';
import { waitForApi } from './lib/api/client';
import { answerFromMockApiWorker, registerMockServiceWorker } from '../mocks/start';
import { firstViewShown } from './lib/first-view';
import { startMswAfterFirstView } from './app/msw-start';
import { restoreImportedPortfolio } from './lib/portfolio/imported-portfolio';
import './styles/index.css';

/**
 * The mock API runs in development and in the demo build (VITE_DEMO_BUILD=on), unless a real
 * API is configured (VITE_API_BASE_URL) or VITE_MOCKS=off; only those builds read `?mock=`.
 * Its Worker starts generating the portfolio at once (src/app/mock-api-start.ts, imported first).
 * On the happy path the app's requests go to that Worker over a port and wait for nothing else,
 * and MSW starts once the first view is shown (see msw-start.ts); if its service worker cannot
 * be registered, the start-up error replaces the app. Under a scenario `?mock=…` the scenario's
 * handlers run in MSW on this page: requests wait for it (waitForApi), and it starts at once.
 */
function startMocks(): Promise<void> {
  if (!mockApiStart) return Promise.resolve();
  const { settings, worker } = mockApiStart;
  answerFromMockApiWorker(worker, settings.scenario);
  const start = () =>
    import('../mocks/browser').then(({ startMockWorker }) =>
      startMockWorker({ ...settings, worker }).then(() => undefined),
    );
  if (!settings.scenario)
    return startMswAfterFirstView({
      firstScreen,
      firstView: firstViewShown,
      register: () => registerMockServiceWorker(),
      start,
      latestMs: 10_000,
    });
  const started = start();
  waitForApi(started);
  return started;
}

const root = createRoot(document.getElementById('root')!);
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);
let broken = false;
const failed = (error: unknown) => {
  console.error(error);
  broken = true;
  render(
    <I18nextProvider i18n={i18n}>
      <StartupError failure={isChunkLoadError(error) ? 'chunk' : 'mock-api'} error={error} />
    </I18nextProvider>,
  );
};

// The mock API can fail to start (no service workers in a private window or on plain http):
// the start-up error replaces the app then. Restoring the stored portfolio never fails and never
// waits long (see restoreImportedPortfolio).
startMocks().catch(failed);
void restoreImportedPortfolio().then(() => {
  if (!broken) render(<App />);
}, failed);
