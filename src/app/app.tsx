import { useState } from 'react';
// From react-router/dom: the provider that can render a navigation at once (ReactDOM.flushSync)
// when a filter change asks for it, rather than in a time-sliced transition.
import { RouterProvider } from 'react-router/dom';
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
      <RouterProvider router={router} />
    </AppProvider>
  );
}
