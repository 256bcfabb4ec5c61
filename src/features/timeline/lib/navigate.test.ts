import { describe, expect, it } from 'vitest';
import { navigateRow } from './navigate';

describe('moving through the timeline list', () => {
  it('moves with the arrow, page, home and end keys within the list', () => {
    expect(navigateRow('ArrowDown', 3, 10, 5)).toBe(4);
    expect(navigateRow('ArrowDown', 9, 10, 5)).toBe(9);
    expect(navigateRow('ArrowUp', 0, 10, 5)).toBe(0);
    expect(navigateRow('PageDown', 7, 10, 5)).toBe(9);
    expect(navigateRow('PageUp', 7, 10, 5)).toBe(2);
    expect(navigateRow('Home', 7, 10, 5)).toBe(0);
    expect(navigateRow('End', 2, 10, 5)).toBe(9);
  });
});
