import { facetValueLabel, FACET_LABEL_KEY } from '@/components/filters/facet-options';
import type { Language } from '@/domain/codes/languages';
import { FACETS, type Filters } from '@/domain/filters';
import { formatUsd, localeOf } from '@/lib/format';

/** A translation function: the budget namespace's keys, and the common one's as `common:key`. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Funding years as runs: [2019, 2020, 2021, 2024] → ["2019–2021", "2024"]. */
export function yearRuns(years: readonly number[]): string[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const year = sorted[i]!;
    const next = sorted[i + 1];
    if (next === year + 1) continue;
    runs.push(start === year ? String(year) : `${start}–${year}`);
    start = next;
  }
  return runs;
}

/** Values of one facet are alternatives (OR-ed), so they are listed with "or". */
function orList(values: readonly string[], lang: Language): string {
  return new Intl.ListFormat(localeOf(lang), { type: 'disjunction' }).format(values);
}

/** The active filters as short phrases in the language, in the order of the filter panel. */
export function filterPhrases(
  filters: Filters,
  lang: Language,
  t: Translate,
  funderNames?: ReadonlyMap<string, string>,
): string[] {
  const phrases: string[] = [];
  for (const facet of FACETS) {
    const values = filters[facet];
    if (values.length === 0) continue;
    const labels =
      facet === 'year'
        ? yearRuns(filters.year)
        : values.map((v) => facetValueLabel(facet, String(v), lang, funderNames));
    phrases.push(
      t('scope.part', {
        facet: t(`common:${FACET_LABEL_KEY[facet]}`),
        values: orList(labels, lang),
      }),
    );
  }
  const { from, to, budgetMin, budgetMax } = filters;
  if (from !== undefined && to !== undefined) phrases.push(t('scope.period', { from, to }));
  else if (from !== undefined) phrases.push(t('scope.periodFrom', { from }));
  else if (to !== undefined) phrases.push(t('scope.periodTo', { to }));
  const usd = (value: number) => formatUsd(value, lang);
  if (budgetMin !== undefined && budgetMax !== undefined)
    phrases.push(t('scope.budgetBetween', { min: usd(budgetMin), max: usd(budgetMax) }));
  else if (budgetMin !== undefined) phrases.push(t('scope.budgetMin', { min: usd(budgetMin) }));
  else if (budgetMax !== undefined) phrases.push(t('scope.budgetMax', { max: usd(budgetMax) }));
  const q = filters.q.trim();
  if (q) phrases.push(t('scope.search', { q }));
  return phrases;
}

/** One sentence saying which projects the summary covers: every one, or the filters applied. */
export function filtersSentence(
  filters: Filters,
  lang: Language,
  t: Translate,
  funderNames?: ReadonlyMap<string, string>,
): string {
  const phrases = filterPhrases(filters, lang, t, funderNames);
  return phrases.length === 0
    ? t('scope.all')
    : t('scope.filtered', { filters: phrases.join(t('scope.separator')) });
}
