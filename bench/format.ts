/** Number formats shared by the benchmark reports. */

/** Bytes as KB of 1000 bytes, one decimal. */
export const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

/** Milliseconds at a precision that suits their size; '–' when there is no value. */
export const ms = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x)
    ? '–'
    : x < 1
      ? x.toFixed(2)
      : x < 10
        ? x.toFixed(1)
        : x.toFixed(0);

/** A count with thousands separators. */
export const count = (n: number): string => n.toLocaleString('en-US');
