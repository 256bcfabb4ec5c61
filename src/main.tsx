import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { restoreImportedPortfolio } from './lib/portfolio/imported-portfolio';
import './styles/index.css';

/**
 * The mock API runs unless a real one is configured (VITE_API_BASE_URL) or VITE_MOCKS=off:
 * the dashboard then works with no setup on the embedded sample portfolio.
 */
const mocking = !import.meta.env.VITE_API_BASE_URL && import.meta.env.VITE_MOCKS !== 'off';

async function startMocks(): Promise<void> {
  if (!mocking) return;
  const { startMockWorker } = await import('../mocks/browser');
  const params = new URLSearchParams(window.location.search);
  const countParam = Number(params.get('mockCount') ?? import.meta.env.VITE_MOCK_COUNT);
  const seedParam = Number(import.meta.env.VITE_MOCK_SEED);
  await startMockWorker({
    scenario: params.get('mock') ?? undefined,
    count: Number.isFinite(countParam) && countParam > 0 ? countParam : undefined,
    seed: Number.isFinite(seedParam) ? seedParam : undefined,
  });
}

void Promise.all([startMocks(), restoreImportedPortfolio()]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
