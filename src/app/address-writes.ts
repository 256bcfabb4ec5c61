import { createContext, useContext } from 'react';

/**
 * Runs a function once the address the screen now shows has been written to the browser's
 * history (the app's router writes it after the paint, see lib/history-after-paint). Without a
 * provider (component tests, a memory router) it runs at once.
 */
export const AddressWrites = createContext<(run: () => void) => void>((run) => run());

/** The app's AddressWrites. */
export function useAfterAddressWrites(): (run: () => void) => void {
  return useContext(AddressWrites);
}
