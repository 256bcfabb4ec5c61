import { HttpResponse } from 'msw';

/** The error body every endpoint uses (DESIGN §4), with its HTTP status. */
export function apiError(
  status: number,
  error: string,
  message: string,
): HttpResponse<{ error: string; message: string }> {
  return HttpResponse.json({ error, message }, { status });
}

export type IntParam = { ok: true; value: number } | { ok: false; message: string };

/**
 * A whole-number query parameter: the fallback when absent, an error message when it is not a
 * whole number of at least `min` (so "-1", "abc", "2.5" and "" are all refused, not guessed at).
 */
export function readIntParam(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
): IntParam {
  const raw = params.get(name);
  if (raw === null) return { ok: true, value: fallback };
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    const expected = min > 0 ? 'a positive whole number' : 'a whole number, 0 or more';
    return { ok: false, message: `${name} must be ${expected}; got "${raw}"` };
  }
  return { ok: true, value };
}

/** Comma-separated values of a query parameter, empty when absent. */
export function readListParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
