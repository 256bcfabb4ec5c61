import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { EngineSessionsProvider } from '@/hooks/portfolio/engine-sessions';
import { createEngineSessions, type EngineSessions } from '@/lib/engine-sessions';
import { i18n } from '@/hooks/i18n';

/**
 * Query cache, translations and the portfolio's engine sessions around the app (and around
 * component tests, each render with its own sessions unless given some).
 */
export function AppProvider({
  queryClient,
  sessions,
  children,
}: {
  queryClient: QueryClient;
  sessions?: EngineSessions;
  children: ReactNode;
}) {
  const [own] = useState(createEngineSessions);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <EngineSessionsProvider sessions={sessions ?? own}>{children}</EngineSessionsProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
