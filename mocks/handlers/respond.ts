import { HttpResponse } from 'msw';

/** The error body every endpoint uses (DESIGN §4), with its HTTP status. */
export function apiError(
  status: number,
  error: string,
  message: string,
): HttpResponse<{ error: string; message: string }> {
  return HttpResponse.json({ error, message }, { status });
}
