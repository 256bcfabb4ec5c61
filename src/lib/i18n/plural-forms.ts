/**
 * Fills the plural forms a language has but the locale files do not write. French and Spanish
 * have a "many" form (1 000 000 de projets, 1.000.000 de proyectos) that Intl.PluralRules picks
 * for exact millions; without a `_many` key i18next would show that count in English. The
 * `_other` form stands in for it, so the locale files keep only `_one` and `_other`.
 */
export function withPluralForms<T extends object>(lang: string, bundle: T): T {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  if (!categories.includes('many')) return bundle;
  return fill(bundle) as T;
}

function fill(node: object): object {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = value !== null && typeof value === 'object' ? fill(value as object) : value;
  }
  for (const [key, value] of Object.entries(node)) {
    if (!key.endsWith('_other')) continue;
    const many = `${key.slice(0, -'_other'.length)}_many`;
    if (!(many in out)) out[many] = value;
  }
  return out;
}
