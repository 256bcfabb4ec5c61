import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorPanel } from './error-panel';
import { i18n } from '@/hooks/i18n';
import { renderRoute } from '@/test/render-route';
import { WorkerLoadFailed } from '@/lib/api/worker-load-failed';

afterEach(() => i18n.changeLanguage('en'));

describe('a load the Worker could not finish and the page could not take over', () => {
  it.each([
    ['en', /too large to load without the browser’s background worker/, '1,000,000'],
    ['fr', /trop volumineux pour être chargé sans le processus d’arrière-plan/, '1 000 000'],
    ['es', /demasiado grande para cargarla sin el proceso en segundo plano/, '1.000.000'],
  ] as const)(
    'says why in %s, with the portfolio’s size, and offers Retry',
    async (lang, why, size) => {
      await i18n.changeLanguage(lang);
      renderRoute('/', {
        element: (
          <ErrorPanel title="…" error={new WorkerLoadFailed(1_000_000)} onRetry={() => {}} />
        ),
      });
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toMatch(why);
      // Thousands separators differ by language (a narrow no-break space in French).
      expect(alert.textContent?.replace(/[\u202f\u00a0]/g, ' ')).toContain(size);
      expect(screen.getByRole('button', { name: i18n.t('error.retry') })).toBeTruthy();
    },
  );
});
