/** Why the app could not start: the mock API (service workers blocked) or a file that did not load. */
export type StartupFailure = 'mock-api' | 'chunk';

/**
 * What the page shows when the app cannot start: what happened and what to do, in the user's
 * language, with a button to load the page again. Never a blank page.
 */
export function StartupError({ failure, error }: { failure: StartupFailure; error: unknown }) {
  const { t } = useT();
  const details = error instanceof Error ? error.message : String(error);
  return (
    <div className="app route-error">
      <main id="main">
        <div role="alert" className="error-panel">
          <h1>{t('startup.title')}</h1>
          <p>{t(failure === 'chunk' ? 'startup.chunk' : 'startup.mockApi')}</p>
          <p className="muted">{t('error.details', { message: details })}</p>
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('startup.reload')}
          </button>
        </div>
      </main>
    </div>
  );
}
import { useT } from '@/hooks/i18n';
