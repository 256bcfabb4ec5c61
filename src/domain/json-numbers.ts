/*
 * Lists of numbers sent as typed arrays (a value the demo build's mock API answers with, see
 * src/lib/api/port-fetch.ts) read back as the JSON the same answer would have been.
 */

// One loop per kind of typed array, each written into an array of its final length: a loop
// that sees both kinds, or grows its array, is about twice as slow (a million projects' pages
// hold some twenty million numbers).

/** Whole numbers: never NaN nor -0. */
function ints(typed: Int32Array): number[] {
  const out = new Array<number>(typed.length);
  for (let i = 0; i < typed.length; i++) out[i] = typed[i]!;
  return out;
}

/** Amounts: NaN and infinities null, -0 0, as JSON writes them. */
function floats(typed: ArrayLike<number>): (number | null)[] {
  const out = new Array<number | null>(typed.length);
  for (let i = 0; i < typed.length; i++) {
    const n = typed[i]!;
    out[i] = n - n === 0 ? n + 0 : null;
  }
  return out;
}

/**
 * A value answer as JSON.parse would give it: each typed array in it (a list of numbers sent
 * so) becomes an array of JSON's numbers — NaN and infinities null, -0 0. Changed in place.
 */
export function jsonNumbersOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Float64Array) return floats(value);
  if (value instanceof Int32Array) return ints(value);
  if (ArrayBuffer.isView(value)) return floats(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) {
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'object' && item !== null) list[i] = jsonNumbersOf(item);
    }
    return list;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = jsonNumbersOf(record[key]);
  return record;
}
