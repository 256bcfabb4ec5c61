import { useT } from '@/hooks/i18n';
import { useRouteError } from 'react-router';
import { ErrorPanel } from '@/components/ui/error-panel';

/** Catches a screen that failed to load or render; Retry loads it again with the same URL. */
export function RouteError() {
  const { t } = useT();
  const error = useRouteError();
  return (
    <div className="app route-error">
      <ErrorPanel title={t('error.title')} error={error} onRetry={() => window.location.reload()} />
    </div>
  );
}
