import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/hooks/i18n';
import '../i18n';
import { barLabel } from './bar-text';

const project = {
  id: 'P.1',
  title: 'Border management',
  startDate: '2019-03',
  endDate: '2023',
  status: 'completed' as const,
  countries: ['KE'],
};

/** The timeline's `t` in a language, counting the labels it translates. */
function counting(lang: 'en' | 'fr') {
  const t = i18n.getFixedT(lang, 'timeline');
  const calls = { label: 0 };
  const translate = t as unknown as (...args: unknown[]) => string;
  const counted = ((...args: unknown[]) => {
    if (args[0] === 'bar.label') calls.label += 1;
    return translate(...args);
  }) as unknown as TFunction;
  return { t: counted, calls };
}

describe('a bar’s label', () => {
  it('is translated once per project and language, and again when what it says changes', () => {
    const { t, calls } = counting('en');
    const first = barLabel(project, 'en', t);
    expect(first).toContain('Border management');
    expect(first).toContain('P.1');
    expect(barLabel({ ...project }, 'en', t)).toBe(first);
    expect(calls.label).toBe(1);

    const renamed = barLabel({ ...project, title: 'Border care' }, 'en', t);
    expect(renamed).toContain('Border care');
    const ongoing = barLabel({ ...project, status: 'ongoing' }, 'en', t);
    expect(ongoing).not.toBe(first);
    expect(calls.label).toBe(3);

    const fr = counting('fr');
    expect(barLabel(project, 'fr', fr.t)).not.toBe(first);
    expect(fr.calls.label).toBe(1);
  });
});
