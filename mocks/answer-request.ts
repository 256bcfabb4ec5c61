import type { PortRequest } from '@/lib/api/port-fetch';
import type { MockApiReply } from './off-thread';
import { answerWithRoutes, type MockRoute } from './routes';

/**
 * Answers one request sent to the mock API's Worker with the given routes, as MSW would answer
 * it with the same endpoints: the response's parts, or `unhandled` when it is not for the API.
 */
export async function answerMockRequest(
  routes: readonly MockRoute[],
  message: PortRequest,
): Promise<MockApiReply> {
  const request = new Request(message.url, { method: message.method });
  const response = await answerWithRoutes(routes, request, globalThis.location.href);
  if (!response) return { id: message.id, unhandled: true };
  return {
    id: message.id,
    status: response.status,
    headers: [...response.headers],
    body: await response.arrayBuffer(),
  };
}
