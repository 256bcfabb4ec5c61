import { describe, expect, it } from 'vitest';
import { stateByLetter, stateInDirection, type FocusPoint } from './spatial-focus';

// A rough sketch: France in the middle, Spain below-left, Germany to the right, Norway above,
// Morocco far below.
const points: FocusPoint[] = [
  { code: 'FR', anchor: [100, 100] },
  { code: 'ES', anchor: [85, 120] },
  { code: 'DE', anchor: [125, 95] },
  { code: 'NO', anchor: [120, 50] },
  { code: 'MA', anchor: [80, 160] },
];
const fr = points[0]!;

describe('stateInDirection', () => {
  it('moves to the nearest state on the side of the arrow', () => {
    expect(stateInDirection(fr, points, 'ArrowRight')).toBe('DE');
    expect(stateInDirection(fr, points, 'ArrowUp')).toBe('NO');
    expect(stateInDirection(fr, points, 'ArrowDown')).toBe('ES');
    expect(stateInDirection(fr, points, 'ArrowLeft')).toBe('ES');
  });

  it('stays put at the edge of the map', () => {
    expect(stateInDirection(points[3]!, points, 'ArrowUp')).toBeUndefined();
    expect(stateInDirection(points[2]!, points, 'ArrowRight')).toBeUndefined();
  });
});

describe('stateByLetter', () => {
  const ordered = [
    { code: 'CM', name: 'Cameroon' },
    { code: 'CN', name: 'China' },
    { code: 'CI', name: 'Côte d’Ivoire' },
    { code: 'EG', name: 'Egypt' },
  ];
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  it('cycles through the states whose name starts with the letter', () => {
    expect(stateByLetter('c', 'EG', ordered, collator)).toBe('CM');
    expect(stateByLetter('c', 'CM', ordered, collator)).toBe('CN');
    expect(stateByLetter('c', 'CI', ordered, collator)).toBe('CM');
    expect(stateByLetter('z', 'CM', ordered, collator)).toBeUndefined();
  });
});
