import { createContext, useContext, type ReactNode } from 'react';
import { createEngineSessions, type EngineSessions } from '@/lib/engine-sessions';

const EngineSessionsContext = createContext<EngineSessions | null>(null);
let fallback: EngineSessions | undefined;

/** The app's engine sessions (one per portfolio), owned by the app's provider. */
export function EngineSessionsProvider({
  sessions,
  children,
}: {
  sessions: EngineSessions;
  children: ReactNode;
}) {
  return (
    <EngineSessionsContext.Provider value={sessions}>{children}</EngineSessionsContext.Provider>
  );
}

/** The engine sessions of the app; a component rendered alone (a test) gets a shared set. */
export function useEngineSessions(): EngineSessions {
  return useContext(EngineSessionsContext) ?? (fallback ??= createEngineSessions());
}
