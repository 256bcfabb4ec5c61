import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/domain/codes/languages';
import { createI18n } from './i18n';
import { withPluralForms } from '@/lib/i18n/plural-forms';

/** Every locale file of the app: the common strings and each feature's own. */
const files = import.meta.glob<{ default: object }>(
  ['/src/lib/i18n/locales/*.json', '/src/**/i18n/*.json'],
  { eager: true },
);

/** The locale files by folder: `{ '/src/features/map/i18n': { en, fr, es } }`. */
function byFolder(): Map<string, Map<string, object>> {
  const folders = new Map<string, Map<string, object>>();
  for (const [path, module] of Object.entries(files)) {
    const folder = path.slice(0, path.lastIndexOf('/'));
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    if (!folders.has(folder)) folders.set(folder, new Map());
    folders.get(folder)!.set(lang, module.default);
  }
  return folders;
}

function flatten(node: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object')
      for (const [k, v] of flatten(value as object, path)) out.set(k, v);
    else out.set(path, String(value));
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe.each([...byFolder()])('the locale files in %s', (_folder, bundles) => {
  const english = flatten(bundles.get('en') ?? {});

  it('exist in every language and no other', () => {
    expect([...bundles.keys()].sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    'carry the same keys in %s as in English',
    (lang) => {
      const strings = flatten(bundles.get(lang) ?? {});
      expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    },
  );

  it.each(LANGUAGES)('fill every string and keep its {{variables}} in %s', (lang) => {
    for (const [key, text] of flatten(bundles.get(lang) ?? {})) {
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      expect(variables(text), `${lang} ${key}`).toEqual(variables(english.get(key) ?? ''));
    }
  });
});

describe('plural forms', () => {
  it('gives "many" (exact millions in French and Spanish) the "other" text, not English', () => {
    const filled = withPluralForms('es', { a: { n_one: 'uno', n_other: 'varios' }, x: 'x' });
    expect(filled).toEqual({ a: { n_one: 'uno', n_other: 'varios', n_many: 'varios' }, x: 'x' });
    expect(withPluralForms('en', { n_one: 'one', n_other: 'more' })).toEqual({
      n_one: 'one',
      n_other: 'more',
    });
    for (const lang of ['fr', 'es'] as const) {
      const t = createI18n(lang).t;
      const text = t('urlProblems.more', { count: 1_000_000 });
      expect(text).not.toContain('more');
      expect(text).toContain('1000000');
    }
  });
});

describe('the language switcher', () => {
  it('names every language in every language, each in its own words', () => {
    for (const lang of LANGUAGES) {
      const t = createI18n(lang).t;
      expect(t('language.en')).toBe('English');
      expect(t('language.fr')).toBe('Français');
      expect(t('language.es')).toBe('Español');
    }
  });
});
