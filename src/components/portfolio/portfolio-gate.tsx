import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Portfolio } from '@/lib/api/projects';
import { usePortfolio } from '@/lib/api/use-portfolio';
import { ErrorPanel } from '@/components/ui/error-panel';
import { LoadProgressBar } from './load-progress-bar';

interface PortfolioGateProps {
  children: (portfolio: Portfolio) => ReactNode;
}

/**
 * Renders its children with the loaded portfolio; shows progress while it loads and the error
 * with Retry when it fails. While a refetch runs or after it fails, the last good data stays.
 */
export function PortfolioGate({ children }: PortfolioGateProps) {
  const { t } = useTranslation();
  const query = usePortfolio();
  if (query.data) {
    return (
      <>
        {query.isError ? <ErrorPanel title={t('error.loadFailed')} error={query.error} onRetry={() => void query.refetch()} /> : null}
        {children(query.data)}
      </>
    );
  }
  if (query.isError) {
    return <ErrorPanel title={t('error.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <LoadProgressBar />;
}
