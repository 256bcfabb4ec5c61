import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock API for Vitest: `server.listen()` before the tests, `server.use(...)` for edge states. */
export const server = setupServer(...handlers);
