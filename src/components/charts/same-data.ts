import { isValidElement, memo, type ComponentType } from 'react';

/**
 * True when two values hold the same data: arrays and plain objects compared member by member
 * (a chart's bins, rows and selected values, rebuilt by every render of the screen), anything else
 * (functions, elements, class instances) by identity.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, i) => sameData(value, b[i]));
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]))
  );
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || isValidElement(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * A chart card that renders again only when its data changes (its bins, labels, selection), not
 * when the screen around it does: a pending flip, a screen setting, a filter that leaves its bins
 * as they were. Its callbacks must keep their identity.
 */
export function chartCard<P extends object>(card: ComponentType<P>) {
  return memo(card, (before, after) => sameData(before, after));
}
