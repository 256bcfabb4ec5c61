import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '@/app/query-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import { historyAfterPaint } from '@/lib/history-after-paint';
import { AddressWrites } from './address-writes';
import { AppProvider } from './provider';
import { createRouter, routerFlushSync } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [sessions] = useState(createEngineSessions);
  const [history] = useState(() => historyAfterPaint(window));
  const [router] = useState(() => createRouter(queryClient, history));
  return (
    <AppProvider queryClient={queryClient} sessions={sessions}>
      <AddressWrites.Provider value={history.afterWrites}>
        <RouterProvider router={router} flushSync={routerFlushSync} />
      </AddressWrites.Provider>
    </AppProvider>
  );
}
