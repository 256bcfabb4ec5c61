import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '@/app/query-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import { AppProvider } from './provider';
import { createRouter, routerFlushSync } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [sessions] = useState(createEngineSessions);
  const [router] = useState(() => createRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient} sessions={sessions}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </AppProvider>
  );
}
