/**
 * The demo build's mock API settings in the address (`?mock=`, `?mockCount=`): not view state,
 * allowed where that build reads them. A module of its own, so that the mock API's start-up
 * script (src/app/mock-api-start.ts) does not load the view state's code lists.
 */
export const MOCK_PARAMS: ReadonlySet<string> = new Set(['mock', 'mockCount']);
