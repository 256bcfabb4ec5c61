import type { ReactNode } from 'react';
import type { Portfolio } from '@/lib/api/projects';
import { useActivePortfolio } from '@/hooks/portfolio/use-active-portfolio';
import { ErrorPanel } from '@/components/ui/error-panel';
import { LoadProgressBar } from './load-progress-bar';
import { useT } from '@/hooks/i18n';

interface PortfolioGateProps {
  children: (portfolio: Portfolio) => ReactNode;
}

/**
 * Renders its children with the active portfolio; shows progress while it loads and the error
 * with Retry when it fails. While a refetch runs or after it fails, the last good data stays.
 */
export function PortfolioGate({ children }: PortfolioGateProps) {
  const { t } = useT();
  const portfolio = useActivePortfolio();
  const errorPanel = portfolio.isError ? (
    <ErrorPanel title={t('error.loadFailed')} error={portfolio.error} onRetry={portfolio.refetch} />
  ) : null;
  if (portfolio.data) {
    return (
      <>
        {errorPanel}
        {children(portfolio.data)}
      </>
    );
  }
  return errorPanel ?? <LoadProgressBar />;
}
