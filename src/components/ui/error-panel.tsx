import { ApiError } from '@/lib/api/client';
import { WorkerLoadFailed } from '@/lib/api/worker-load-failed';
import { isChunkLoadError } from '@/lib/chunk-error';
import { useT } from '@/hooks/i18n';

/** The sentence that explains a failure to a person, in the current language. */
export function useErrorMessage(error: unknown): string {
  const { t, i18n } = useT();
  if (error instanceof WorkerLoadFailed)
    return t('error.workerTooLarge', {
      projects: error.projectCount.toLocaleString(i18n.language),
    });
  if (error instanceof ApiError) {
    if (error.kind === 'timeout') return t('error.timeout');
    if (error.kind === 'network') return t('error.network');
    if (error.kind === 'invalid') return t('error.invalidResponse');
    return t('error.http', { status: error.status });
  }
  // A screen's script that did not download: say what to do rather than "something went wrong".
  if (isChunkLoadError(error)) return t('error.chunk');
  return t('error.title');
}

interface ErrorPanelProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failure message with the server's details and a Retry button. */
export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  const { t } = useT();
  const message = useErrorMessage(error);
  const details = error instanceof Error ? error.message : undefined;
  return (
    <div role="alert" className="error-panel">
      <h2>{title}</h2>
      <p>{message}</p>
      {details ? <p className="muted">{t('error.details', { message: details })}</p> : null}
      {onRetry ? (
        <button type="button" className="button primary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}
