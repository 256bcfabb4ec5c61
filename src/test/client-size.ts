import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom lays nothing out, so every element is 0 px wide and high and a virtualiser shows no row.
 * For the duration of a test file, gives the elements with `className` the size given (other
 * elements stay 0), then puts jsdom's own `clientWidth` and `clientHeight` back, so the next file
 * of the same worker starts from jsdom as it is.
 */
export function fakeClientSize(className: string, size: { width?: number; height?: number }): void {
  const sides = [
    ['clientWidth', size.width],
    ['clientHeight', size.height],
  ] as const;
  const originals = sides.map(
    ([property]) =>
      [property, Object.getOwnPropertyDescriptor(Element.prototype, property)!] as const,
  );
  beforeAll(() => {
    for (const [property, value] of sides) {
      if (value === undefined) continue;
      Object.defineProperty(Element.prototype, property, {
        configurable: true,
        get(this: Element) {
          return this.classList.contains(className) ? value : 0;
        },
      });
    }
  });
  afterAll(() => {
    for (const [property, original] of originals)
      Object.defineProperty(Element.prototype, property, original);
  });
}
