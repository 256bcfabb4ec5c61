import { describe, expect, it } from 'vitest';
import { coverages } from './coverage';
import { LANGUAGES } from './languages';
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
      expect(list.resolve(entry.labels.es.toLowerCase())).toBe(entry.code);
    }
  });

  it('has a distinct label for each code in every language', () => {
    for (const lang of LANGUAGES) {
      const labels = list.entries.map((e) => e.labels[lang]);
      expect(new Set(labels).size, lang).toBe(labels.length);
      for (const label of labels) expect(label.trim(), lang).not.toBe('');
    }
  });

  it('resolves nothing else', () => {
    expect(list.resolve('atlantis')).toBeUndefined();
    expect(list.resolve('')).toBeUndefined();
  });
});
