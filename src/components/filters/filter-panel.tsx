import { useCallback, useMemo } from 'react';
import { coverages } from '@/domain/codes/coverage';
import { portfolioTypeCodes } from '@/domain/codes/project-types';
import { regions } from '@/domain/codes/regions';
import { statuses } from '@/domain/codes/statuses';
import { emptyFilters, isEmptyFilters, type Facet, type Filters } from '@/domain/filters';
import { formatNumber } from '@/lib/format';
import { useExplore, usePending, useRequestedView } from '@/hooks/portfolio/explore-context';
import { EMPTY_VIEW } from '@/hooks/portfolio/use-portfolio-view';
import { DebouncedInput } from './debounced-input';
import { FacetCheckboxes } from './facet-checkboxes';
import { facetValueLabel, FACET_LABEL_KEY } from './facet-options';
import { FilterChips } from './filter-chips';
import { MultiCombobox, type ComboOption } from './multi-combobox';
import { PeriodAndBudget } from './period-and-budget';
import { useT } from '@/hooks/i18n';

/** Values shown only when some project holds them (the sample has none). */
const SHOWN_WHEN_HELD: ReadonlySet<string> = new Set(['other', 'cancelled', 'suspended']);

/** The facets shown as checkboxes, in this order. */
const CHECKBOX_FACETS = ['region', 'status', 'type', 'coverage'] as const;

/** The filters with one value of a facet turned on or off. */
function toggled(current: Filters, facet: Facet, value: string | number, on: boolean): Filters {
  const values = (current[facet] as (string | number)[]).filter((v) => v !== value);
  return { ...current, [facet]: on ? [...values, value] : values } as Filters;
}

/** The filters every screen shares, each with live counts, and the active filters as chips. */
export function FilterPanel() {
  const { t } = useT();
  const { portfolio, view, setFilters, pressFilters, lang, funderNames, held } = useExplore();
  // Above the Worker threshold, until the first view is answered: no counts rather than zeros.
  const counted = view !== EMPTY_VIEW;
  // The filters asked for, checked at once even while a Worker computes their counts.
  const { filters } = useRequestedView();
  const pending = usePending();
  // What the portfolio holds comes from the engine (in the Worker for a large portfolio): the
  // panel never walks the projects.
  const universe = useMemo(
    () => ({
      countries: held.country,
      years: held.year,
      held: new Set<string>([...held.type, ...held.status]),
      typeCodes: portfolioTypeCodes(
        held.type.map((type) => ({ type })),
        portfolio.meta.types,
      ),
    }),
    [held, portfolio.meta.types],
  );
  // The same lists from one click to the next, so an unchanged facet's options are not drawn again.
  const checkboxFacets = useMemo(
    () =>
      (
        [
          ['region', regions.codes],
          ['status', statuses.codes],
          ['type', universe.typeCodes],
          ['coverage', coverages.codes],
        ] as const
      ).map(([facet, values]) => ({
        facet,
        values: values.filter((v) => !SHOWN_WHEN_HELD.has(v) || universe.held.has(v)),
      })),
    [universe],
  );

  // Each change applies to the filters as they are when it is written, not as this render saw
  // them: two clicks within one frame both count.
  const set = useCallback(
    (change: Partial<Filters>) => setFilters((current) => ({ ...current, ...change })),
    [setFilters],
  );
  const toggle = useCallback(
    (facet: Facet, value: string | number, on: boolean) =>
      setFilters((current) => toggled(current, facet, value, on)),
    [setFilters],
  );
  const toggles = useMemo(
    () =>
      Object.fromEntries(
        CHECKBOX_FACETS.map((facet) => [
          facet,
          (value: string, on: boolean) => toggle(facet, value, on),
        ]),
      ) as Record<(typeof CHECKBOX_FACETS)[number], (value: string, on: boolean) => void>,
    [toggle],
  );
  // A press on an option asks for the view its click will give (with a Worker, see pressFilters).
  const presses = useMemo(
    () =>
      Object.fromEntries(
        CHECKBOX_FACETS.map((facet) => [
          facet,
          (value: string, on: boolean) =>
            pressFilters((current) => toggled(current, facet, value, on)),
        ]),
      ) as Record<(typeof CHECKBOX_FACETS)[number], (value: string, on: boolean) => void>,
    [pressFilters],
  );
  // The options' labels and order depend on the language and the portfolio, not on the filters:
  // a filter click only writes the counts into them.
  const choices = useMemo(() => {
    const collator = new Intl.Collator(lang);
    const labelled = (facet: 'country' | 'year', values: readonly (string | number)[]) =>
      values.map((v) => ({ value: String(v), label: facetValueLabel(facet, String(v), lang) }));
    return {
      country: labelled('country', universe.countries).sort((a, b) =>
        collator.compare(a.label, b.label),
      ),
      year: labelled('year', universe.years).sort((a, b) => Number(b.value) - Number(a.value)),
    };
  }, [universe, lang]);
  const comboOptions = (facet: 'country' | 'year'): ComboOption[] =>
    choices[facet].map((choice) => ({
      ...choice,
      count: view.facets[facet].get(choice.value) ?? 0,
    }));

  return (
    <section className="filter-panel" aria-labelledby="filters-heading">
      <div className="filter-panel-head">
        <h2 id="filters-heading">{t('filters.heading')}</h2>
        {pending ? (
          <span className="muted" role="status">
            {t('filters.updating')}
          </span>
        ) : null}
      </div>
      <FilterChips filters={filters} lang={lang} onChange={setFilters} funderNames={funderNames} />
      <button
        type="button"
        className="button"
        disabled={isEmptyFilters(filters)}
        onClick={() => setFilters(emptyFilters())}
      >
        {t('filters.clear')}
      </button>
      <div className="filter-field">
        <label htmlFor="filter-search">{t('filters.search')}</label>
        <DebouncedInput
          id="filter-search"
          type="search"
          placeholder={t('filters.searchPlaceholder')}
          value={filters.q}
          onCommit={(q) => setFilters((current) => ({ ...current, q }), { replace: true })}
        />
      </div>
      {checkboxFacets.map(({ facet, values }) => (
        <FacetCheckboxes
          key={facet}
          facet={facet}
          label={t(FACET_LABEL_KEY[facet])}
          values={values}
          selected={filters[facet]}
          counts={counted ? view.facets[facet] : undefined}
          lang={lang}
          onToggle={toggles[facet]}
          onPress={presses[facet]}
        />
      ))}
      <MultiCombobox
        label={t('filters.country')}
        placeholder={t('filters.countryPlaceholder')}
        options={comboOptions('country')}
        selected={filters.country}
        onToggle={(country, on) => toggle('country', country, on)}
        formatCount={(n) => formatNumber(n, lang)}
      />
      <MultiCombobox
        label={t('filters.year')}
        placeholder={t('filters.yearPlaceholder')}
        options={comboOptions('year')}
        selected={filters.year.map(String)}
        onToggle={(year, on) => toggle('year', Number(year), on)}
        formatCount={(n) => formatNumber(n, lang)}
      />
      {funderNames.size > 0 ? (
        <MultiCombobox
          label={t('filters.funder')}
          placeholder={t('filters.funderPlaceholder')}
          options={[...funderNames]
            .map(([value, label]) => ({
              value,
              label,
              count: view.facets.funder.get(value) ?? 0,
            }))
            .sort((a, b) => a.label.localeCompare(b.label, lang))}
          selected={filters.funder}
          onToggle={(funder, on) => toggle('funder', funder, on)}
          formatCount={(n) => formatNumber(n, lang)}
        />
      ) : null}
      <PeriodAndBudget filters={filters} years={universe.years} lang={lang} onChange={set} />
    </section>
  );
}
