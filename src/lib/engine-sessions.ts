import type { EngineClient, EngineSource } from './engine-client';

/**
 * The engine sessions of an app: one per portfolio, only the latest kept. Asking for another
 * portfolio's session ends the previous one (its Worker and memory); asking again for the same
 * portfolio — another screen, a return from a project page or the import screen — gives the same
 * session back, so switching screens neither rebuilds the engine nor sends the portfolio to a
 * Worker again. The app owns one (src/app/provider.tsx); the engine itself is loaded by whoever
 * creates the first session (the explore screens' chunk), not by the app's entry.
 */
export interface EngineSessions {
  clientFor<S extends EngineSource>(source: S, create: (source: S) => EngineClient): EngineClient;
  dispose(): void;
}

export function createEngineSessions(): EngineSessions {
  let current: { source: EngineSource; client: EngineClient } | undefined;
  return {
    clientFor(source, create) {
      if (current?.source !== source) {
        current?.client.dispose();
        current = { source, client: create(source) };
      }
      return current.client;
    },
    dispose() {
      current?.client.dispose();
      current = undefined;
    },
  };
}
