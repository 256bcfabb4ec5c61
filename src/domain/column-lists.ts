/*
 * The lists of numbers of a column page as it is read (parseAnyPage): the JSON's own arrays, or
 * typed arrays that the demo build's mock API transferred (src/lib/api/port-fetch.ts), read
 * where they arrived instead of being copied into arrays of JSON's numbers first (at a million
 * projects some thirty million values, and for amounts as many boxed numbers to collect).
 */

/**
 * A list of numbers as a column page is read (parseAnyPage): JSON's numbers, or a typed array the
 * demo build's mock API transferred (src/lib/api/port-fetch.ts), read where it arrived rather
 * than copied into an array first. Its values are checked as JSON's are; -0 is read as 0.
 */
export type NumberList = readonly number[] | Int32Array | Float64Array;
/**
 * A list of amounts as read: JSON's numbers and nulls, or a Float64Array in which NaN or an
 * infinity is JSON's null (a missing amount). Read a value with amountAt.
 */
export type AmountList = readonly (number | null)[] | Float64Array;

/** `T` as a column page is read: its lists of numbers may be typed arrays (NumberList, AmountList). */
export type ReadLists<T> = T extends readonly number[]
  ? NumberList
  : T extends readonly (number | null)[]
    ? AmountList
    : T extends readonly unknown[]
      ? T
      : T extends object
        ? { [K in keyof T]: ReadLists<T[K]> }
        : T;

/** Amount r of a list as JSON gives it: null when missing (NaN or an infinity in a typed list). */
export function amountAt(list: AmountList, r: number): number | null {
  const value = list[r];
  return value === null || value === undefined || value - value !== 0 ? null : value + 0;
}
