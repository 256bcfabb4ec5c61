import { describe, expect, it } from 'vitest';
import { coverages } from './coverage';
import { projectTypes } from './project-types';
import { regions } from './regions';
import { statuses } from './statuses';

describe.each([
  ['regions', regions],
  ['statuses', statuses],
  ['project types', projectTypes],
  ['coverages', coverages],
] as const)('the %s code list', (_name, list) => {
  it('resolves every code to itself, and each label in any case or accent to its code', () => {
    for (const entry of list.entries) {
      expect(list.resolve(entry.code)).toBe(entry.code);
      expect(list.resolve(entry.labels.en.toUpperCase())).toBe(entry.code);
      expect(list.resolve(` ${entry.labels.fr.normalize('NFD')} `)).toBe(entry.code);
    }
  });

  it('resolves nothing else', () => {
    expect(list.resolve('atlantis')).toBeUndefined();
    expect(list.resolve('')).toBeUndefined();
  });
});
