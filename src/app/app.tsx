import { useState } from 'react';
import { flushSync } from 'react-dom';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '@/app/query-client';
import { createEngineSessions } from '@/lib/engine-sessions';
import { AppProvider } from './provider';
import { createRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [sessions] = useState(createEngineSessions);
  const [router] = useState(() => createRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient} sessions={sessions}>
      {/* flushSync: a navigation that asks for it (a filter change on this thread) is rendered in
          the click's own task rather than in a transition sliced over several frames. */}
      <RouterProvider router={router} flushSync={flushSync} />
    </AppProvider>
  );
}
