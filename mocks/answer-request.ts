import type { PortRequest } from '@/lib/api/port-fetch';
import type { MockApiReply } from './off-thread';
import { matchRoute, type MockRoute } from './routes';

/**
 * Answers one request sent to the mock API's Worker with the given routes, as MSW would answer
 * it with the same endpoints: the response's parts, or `unhandled` when it is not for the API.
 * A request that asks for a value (`value: true`, the engine's Worker asking for its pages) gets
 * a 200 answer's body as the value JSON.parse would give, when the route can give it so.
 */
export async function answerMockRequest(
  routes: readonly MockRoute[],
  message: PortRequest,
): Promise<MockApiReply> {
  const request = new Request(message.url, { method: message.method });
  const found = matchRoute(routes, request, globalThis.location.href);
  if (!found) return { id: message.id, unhandled: true };
  if (message.value && found.route.value) {
    const value = await found.route.value(request, found.params);
    if (value !== undefined)
      return {
        id: message.id,
        status: 200,
        headers: [['content-type', 'application/json']],
        value,
      };
  }
  const response = await found.route.resolve(request, found.params);
  return {
    id: message.id,
    status: response.status,
    headers: [...response.headers],
    body: await response.arrayBuffer(),
  };
}
